package org.antitrafficking.directory.opendata.openreferral;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.web.VisitorText;

import org.springframework.stereotype.Service;

import static org.antitrafficking.directory.opendata.openreferral.HsdsFilters.instant;
import static org.antitrafficking.directory.opendata.openreferral.HsdsFilters.searching;
import static org.antitrafficking.directory.opendata.openreferral.HsdsNesting.term;
import static org.antitrafficking.directory.opendata.openreferral.HsdsNesting.terms;

/**
 * The HSDS API's answers, from the Open Referral records of the current data version:
 * collections filtered ({@link HsdsFilters}) and paged, and single records with
 * everything HSDS nests in them ({@link HsdsNesting}).
 */
@Service
class HsdsService {

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
        return HsdsNesting.service(data, service);
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
        return HsdsNesting.organization(data, organization, data.nested().servicesOf(id));
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

}
