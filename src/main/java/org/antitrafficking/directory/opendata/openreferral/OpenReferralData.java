package org.antitrafficking.directory.opendata.openreferral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.antitrafficking.directory.opendata.CsvTable;
import org.antitrafficking.directory.readmodel.DataVersion;

/**
 * The directory as Open Referral records, as of one data version: every table's rows in
 * the directory's order, and the lookups the API needs to nest them. Immutable.
 */
final class OpenReferralData {

    private final DataVersion version;

    private final List<Hsds.Organization> organizations;

    private final List<Hsds.Program> programs;

    private final List<Hsds.Service> services;

    private final List<Hsds.Phone> phones;

    private final List<Hsds.Schedule> schedules;

    private final List<Hsds.Language> languages;

    private final List<Hsds.ServiceArea> serviceAreas;

    private final List<Hsds.Location> locations;

    private final List<Hsds.ServiceAtLocation> serviceAtLocations;

    private final List<Hsds.Funding> funding;

    private final List<Hsds.Taxonomy> taxonomies;

    private final List<Hsds.TaxonomyTerm> taxonomyTerms;

    private final List<Hsds.Attribute> attributes;

    private final List<Hsds.Metadata> metadata;

    private final Map<String, Hsds.Organization> organizationsById;

    private final Map<String, Hsds.Service> servicesById;

    private final Map<String, Hsds.Location> locationsById;

    private final Map<String, Hsds.Taxonomy> taxonomiesById;

    private final Map<String, Hsds.TaxonomyTerm> termsById;

    private final Map<String, List<Hsds.Program>> programsByOrganization;

    private final Map<String, List<Hsds.Service>> servicesByOrganization;

    private final Map<String, List<Hsds.Location>> locationsByOrganization;

    private final Map<String, List<Hsds.Phone>> phonesByService;

    private final Map<String, List<Hsds.Schedule>> schedulesByService;

    private final Map<String, List<Hsds.Language>> languagesByService;

    private final Map<String, List<Hsds.Language>> languagesByPhone;

    private final Map<String, List<Hsds.ServiceArea>> areasByService;

    private final Map<String, List<Hsds.ServiceAtLocation>> locationsByService;

    private final Map<String, List<Hsds.Funding>> fundingByService;

    private final Map<String, List<Hsds.Attribute>> attributesByRecord;

    private final Map<String, List<Hsds.Metadata>> metadataByRecord;

    private OpenReferralData(Builder rows) {
        version = rows.version;
        organizations = List.copyOf(rows.organizations);
        programs = List.copyOf(rows.programs);
        services = List.copyOf(rows.services);
        phones = List.copyOf(rows.phones);
        schedules = List.copyOf(rows.schedules);
        languages = List.copyOf(rows.languages);
        serviceAreas = List.copyOf(rows.serviceAreas);
        locations = List.copyOf(rows.locations);
        serviceAtLocations = List.copyOf(rows.serviceAtLocations);
        funding = List.copyOf(rows.funding);
        taxonomies = List.copyOf(rows.taxonomies);
        taxonomyTerms = List.copyOf(rows.taxonomyTerms);
        attributes = List.copyOf(rows.attributes);
        metadata = List.copyOf(rows.metadata);
        organizationsById = byId(organizations, Hsds.Organization::id);
        servicesById = byId(services, Hsds.Service::id);
        locationsById = byId(locations, Hsds.Location::id);
        taxonomiesById = byId(taxonomies, Hsds.Taxonomy::id);
        termsById = byId(taxonomyTerms, Hsds.TaxonomyTerm::id);
        programsByOrganization = grouped(programs, Hsds.Program::organizationId);
        servicesByOrganization = grouped(services, Hsds.Service::organizationId);
        locationsByOrganization = grouped(
                locations.stream().filter(location -> location.organizationId() != null).toList(),
                Hsds.Location::organizationId);
        phonesByService = grouped(phones, Hsds.Phone::serviceId);
        schedulesByService = grouped(schedules, Hsds.Schedule::serviceId);
        languagesByService = grouped(languages.stream().filter(language -> language.phoneId() == null).toList(),
                Hsds.Language::serviceId);
        languagesByPhone = grouped(languages.stream().filter(language -> language.phoneId() != null).toList(),
                Hsds.Language::phoneId);
        areasByService = grouped(serviceAreas, Hsds.ServiceArea::serviceId);
        locationsByService = grouped(serviceAtLocations, Hsds.ServiceAtLocation::serviceId);
        fundingByService = grouped(funding, Hsds.Funding::serviceId);
        attributesByRecord = grouped(attributes, Hsds.Attribute::linkId);
        metadataByRecord = grouped(metadata, Hsds.Metadata::resourceId);
    }

    /** Every table as CSV, in the order the data package lists them. */
    List<CsvTable> tables() {
        return List.of(HsdsTables.ORGANIZATIONS.csv(organizations), HsdsTables.PROGRAMS.csv(programs),
                HsdsTables.SERVICES.csv(services), HsdsTables.PHONES.csv(phones), HsdsTables.SCHEDULES.csv(schedules),
                HsdsTables.LANGUAGES.csv(languages), HsdsTables.SERVICE_AREAS.csv(serviceAreas),
                HsdsTables.LOCATIONS.csv(locations), HsdsTables.SERVICE_AT_LOCATIONS.csv(serviceAtLocations),
                HsdsTables.FUNDING.csv(funding), HsdsTables.TAXONOMIES.csv(taxonomies),
                HsdsTables.TAXONOMY_TERMS.csv(taxonomyTerms), HsdsTables.ATTRIBUTES.csv(attributes),
                HsdsTables.METADATA.csv(metadata));
    }

    /** The tables' definitions, in the order of {@link #tables()}. */
    static List<HsdsTable<?>> definitions() {
        return List.of(HsdsTables.ORGANIZATIONS, HsdsTables.PROGRAMS, HsdsTables.SERVICES, HsdsTables.PHONES,
                HsdsTables.SCHEDULES, HsdsTables.LANGUAGES, HsdsTables.SERVICE_AREAS, HsdsTables.LOCATIONS,
                HsdsTables.SERVICE_AT_LOCATIONS, HsdsTables.FUNDING, HsdsTables.TAXONOMIES, HsdsTables.TAXONOMY_TERMS,
                HsdsTables.ATTRIBUTES, HsdsTables.METADATA);
    }

    /** The data version these records show. */
    DataVersion version() {
        return version;
    }

    List<Hsds.Organization> organizations() {
        return organizations;
    }

    List<Hsds.Service> services() {
        return services;
    }

    List<Hsds.Taxonomy> taxonomies() {
        return taxonomies;
    }

    List<Hsds.TaxonomyTerm> taxonomyTerms() {
        return taxonomyTerms;
    }

    Optional<Hsds.Organization> organization(String id) {
        return Optional.ofNullable(organizationsById.get(id));
    }

    Optional<Hsds.Service> service(String id) {
        return Optional.ofNullable(servicesById.get(id));
    }

    Optional<Hsds.Taxonomy> taxonomy(String id) {
        return Optional.ofNullable(taxonomiesById.get(id));
    }

    Optional<Hsds.TaxonomyTerm> taxonomyTerm(String id) {
        return Optional.ofNullable(termsById.get(id));
    }

    Hsds.Location location(String id) {
        return locationsById.get(id);
    }

    List<Hsds.Program> programsOf(String organizationId) {
        return programsByOrganization.getOrDefault(organizationId, List.of());
    }

    List<Hsds.Service> servicesOf(String organizationId) {
        return servicesByOrganization.getOrDefault(organizationId, List.of());
    }

    List<Hsds.Location> locationsOf(String organizationId) {
        return locationsByOrganization.getOrDefault(organizationId, List.of());
    }

    List<Hsds.Phone> phonesOf(String serviceId) {
        return phonesByService.getOrDefault(serviceId, List.of());
    }

    List<Hsds.Schedule> schedulesOf(String serviceId) {
        return schedulesByService.getOrDefault(serviceId, List.of());
    }

    /** The languages of a service as a whole, not of one of its phones. */
    List<Hsds.Language> languagesOf(String serviceId) {
        return languagesByService.getOrDefault(serviceId, List.of());
    }

    List<Hsds.Language> languagesOfPhone(String phoneId) {
        return languagesByPhone.getOrDefault(phoneId, List.of());
    }

    List<Hsds.ServiceArea> areasOf(String serviceId) {
        return areasByService.getOrDefault(serviceId, List.of());
    }

    List<Hsds.ServiceAtLocation> locationsOfService(String serviceId) {
        return locationsByService.getOrDefault(serviceId, List.of());
    }

    List<Hsds.Funding> fundingOf(String serviceId) {
        return fundingByService.getOrDefault(serviceId, List.of());
    }

    /** The attributes of any record, by its id. */
    List<Hsds.Attribute> attributesOf(String recordId) {
        return attributesByRecord.getOrDefault(recordId, List.of());
    }

    List<Hsds.Metadata> metadataOf(String recordId) {
        return metadataByRecord.getOrDefault(recordId, List.of());
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        records.forEach(record -> byId.put(id.apply(record), record));
        return Map.copyOf(byId);
    }

    private static <T> Map<String, List<T>> grouped(List<T> records, Function<T, String> key) {
        return records.stream()
            .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    static Builder builder(DataVersion version) {
        return new Builder(version);
    }

    /** Collects the rows of every table, then freezes them. */
    static final class Builder {

        final DataVersion version;

        final List<Hsds.Organization> organizations = new ArrayList<>();

        final List<Hsds.Program> programs = new ArrayList<>();

        final List<Hsds.Service> services = new ArrayList<>();

        final List<Hsds.Phone> phones = new ArrayList<>();

        final List<Hsds.Schedule> schedules = new ArrayList<>();

        final List<Hsds.Language> languages = new ArrayList<>();

        final List<Hsds.ServiceArea> serviceAreas = new ArrayList<>();

        final List<Hsds.Location> locations = new ArrayList<>();

        final List<Hsds.ServiceAtLocation> serviceAtLocations = new ArrayList<>();

        final List<Hsds.Funding> funding = new ArrayList<>();

        final List<Hsds.Taxonomy> taxonomies = new ArrayList<>();

        final List<Hsds.TaxonomyTerm> taxonomyTerms = new ArrayList<>();

        final List<Hsds.Attribute> attributes = new ArrayList<>();

        final List<Hsds.Metadata> metadata = new ArrayList<>();

        private Builder(DataVersion version) {
            this.version = version;
        }

        OpenReferralData build() {
            return new OpenReferralData(this);
        }

    }

}
