package org.antitrafficking.directory.opendata.openreferral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.search.SearchWords;
import org.antitrafficking.directory.web.VisitorText;

import org.springframework.stereotype.Service;

/**
 * The HSDS API's answers, from the Open Referral records of the current data version:
 * collections filtered and paged, and single records with everything HSDS nests in them.
 */
@Service
class HsdsService {

    /** Longer searches are refused rather than cut, as on the site. */
    static final int MAX_SEARCH_LENGTH = 200;

    private final OpenReferralDirectory directory;

    HsdsService(OpenReferralDirectory directory) {
        this.directory = directory;
    }

    /**
     * Services whose words include every searched word; that carry the taxonomy term, or
     * a term of the taxonomy, themselves or through their organization (both are in the
     * service's nested record); of the organization; changed on or after
     * {@code modifiedAfter}. Any filter may be null.
     */
    HsdsPage<HsdsViews.ServiceSummary> services(String search, String taxonomyTermId, String taxonomyId,
            String organizationId, String modifiedAfter, Paging paging) {
        OpenReferralData data = directory.current();
        Predicate<Hsds.Service> matches = searching(search,
                service -> Stream.of(service.name(), service.alternateName(), service.description()));
        if (taxonomyTermId != null) {
            matches = matches.and(service -> terms(data, service).anyMatch(taxonomyTermId::equals));
        }
        if (taxonomyId != null) {
            matches = matches.and(service -> terms(data, service).anyMatch(term -> data.taxonomyTerm(term)
                .map(Hsds.TaxonomyTerm::taxonomyId)
                .filter(taxonomyId::equals)
                .isPresent()));
        }
        if (organizationId != null) {
            matches = matches.and(service -> service.organizationId().equals(organizationId));
        }
        if (modifiedAfter != null) {
            Instant since = instant(modifiedAfter);
            matches = matches.and(service -> !Instant.parse(service.lastModified()).isBefore(since));
        }
        List<HsdsViews.ServiceSummary> services = data.services()
            .stream()
            .filter(matches)
            .map(service -> new HsdsViews.ServiceSummary(service,
                    data.organization(service.organizationId()).orElseThrow()))
            .toList();
        return HsdsPage.of(services, paging);
    }

    HsdsViews.ServiceView service(String id) {
        OpenReferralData data = directory.current();
        Hsds.Service service = data.service(id)
            .orElseThrow(() -> new NotFoundException("api.unknown-id", "service", VisitorText.echo(id)));
        Hsds.Organization organization = data.organization(service.organizationId()).orElseThrow();
        return new HsdsViews.ServiceView(service,
                data.phonesOf(id)
                    .stream()
                    .map(phone -> new HsdsViews.PhoneView(phone, data.languagesOfPhone(phone.id())))
                    .toList(),
                data.schedulesOf(id), data.areasOf(id),
                data.locationsOfService(id)
                    .stream()
                    .map(link -> new HsdsViews.ServiceAtLocationView(link, data.location(link.locationId())))
                    .toList(),
                data.languagesOf(id), organization(data, organization, null), data.fundingOf(id), attributes(data, id),
                data.metadataOf(id));
    }

    HsdsPage<Hsds.Organization> organizations(String search, Paging paging) {
        return HsdsPage.of(directory.current()
            .organizations()
            .stream()
            .filter(searching(search,
                    organization -> Stream.of(organization.name(), organization.alternateName(),
                            organization.description())))
            .toList(), paging);
    }

    HsdsViews.OrganizationView organization(String id) {
        OpenReferralData data = directory.current();
        Hsds.Organization organization = data.organization(id)
            .orElseThrow(() -> new NotFoundException("api.unknown-id", "organization", VisitorText.echo(id)));
        return organization(data, organization, data.servicesOf(id));
    }

    HsdsPage<Hsds.Taxonomy> taxonomies(String search, Paging paging) {
        return HsdsPage.of(directory.current()
            .taxonomies()
            .stream()
            .filter(searching(search, taxonomy -> Stream.of(taxonomy.name(), taxonomy.description())))
            .toList(), paging);
    }

    Hsds.Taxonomy taxonomy(String id) {
        return directory.current()
            .taxonomy(id)
            .orElseThrow(() -> new NotFoundException("api.unknown-id", "taxonomy", VisitorText.echo(id)));
    }

    HsdsPage<HsdsViews.TermView> taxonomyTerms(String search, String taxonomyId, Paging paging) {
        OpenReferralData data = directory.current();
        return HsdsPage.of(data.taxonomyTerms()
            .stream()
            .filter(searching(search, term -> Stream.of(term.code(), term.name(), term.description())))
            .filter(term -> taxonomyId == null || taxonomyId.equals(term.taxonomyId()))
            .map(term -> term(data, term))
            .toList(), paging);
    }

    HsdsViews.TermView taxonomyTerm(String id) {
        OpenReferralData data = directory.current();
        return term(data, data.taxonomyTerm(id)
            .orElseThrow(() -> new NotFoundException("api.unknown-id", "taxonomy term", VisitorText.echo(id))));
    }

    private static HsdsViews.OrganizationView organization(OpenReferralData data, Hsds.Organization organization,
            List<Hsds.Service> services) {
        String id = organization.id();
        return new HsdsViews.OrganizationView(organization, data.locationsOf(id),
                data.programsOf(id)
                    .stream()
                    .map(program -> new HsdsViews.ProgramView(program, attributes(data, program.id()),
                            data.metadataOf(program.id())))
                    .toList(),
                attributes(data, id), data.metadataOf(id), services);
    }

    private static List<HsdsViews.AttributeView> attributes(OpenReferralData data, String recordId) {
        return data.attributesOf(recordId)
            .stream()
            .map(attribute -> new HsdsViews.AttributeView(attribute,
                    term(data, data.taxonomyTerm(attribute.taxonomyTermId()).orElseThrow())))
            .toList();
    }

    private static HsdsViews.TermView term(OpenReferralData data, Hsds.TaxonomyTerm term) {
        return new HsdsViews.TermView(term, data.taxonomy(term.taxonomyId()).orElse(null));
    }

    /**
     * The ids of the terms in a service's nested record: its own and its organization's.
     */
    private static Stream<String> terms(OpenReferralData data, Hsds.Service service) {
        return Stream
            .concat(data.attributesOf(service.id()).stream(), data.attributesOf(service.organizationId()).stream())
            .map(Hsds.Attribute::taxonomyTermId);
    }

    /**
     * Records whose texts hold every searched word, anywhere (so a word's start finds
     * it); all without words.
     */
    private static <T> Predicate<T> searching(String search, Function<T, Stream<String>> texts) {
        if (search != null && search.strip().length() > MAX_SEARCH_LENGTH) {
            throw new InvalidRequestException("error.400.query-too-long", MAX_SEARCH_LENGTH);
        }
        // A one-letter word is in nearly every text, so it narrows nothing.
        List<String> words = SearchWords.of(search).stream().filter(word -> word.length() > 1).toList();
        if (words.isEmpty()) {
            return record -> true;
        }
        return record -> {
            String text = texts.apply(record)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
        };
    }

    /** An ISO 8601 date and time with its offset, or a date (its start, in UTC). */
    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        }
        catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            catch (DateTimeParseException notDate) {
                throw new InvalidRequestException("api.invalid.modified-after", VisitorText.echo(value));
            }
        }
    }

}
