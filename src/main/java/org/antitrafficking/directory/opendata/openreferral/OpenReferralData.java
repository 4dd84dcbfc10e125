package org.antitrafficking.directory.opendata.openreferral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.antitrafficking.directory.opendata.CsvTable;
import org.antitrafficking.directory.readmodel.DataVersion;

/**
 * The directory as Open Referral records, as of one data version: every table's rows in
 * the directory's order, the records the API looks up by id, and ({@link #nested()}) the
 * lookups the API needs to nest them. Immutable.
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

    private final NestedRecords nested;

    OpenReferralData(OpenReferralRows rows) {
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
        nested = new NestedRecords(rows);
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

    /** What is nested in each record, by the record's id. */
    NestedRecords nested() {
        return nested;
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        records.forEach(record -> byId.put(id.apply(record), record));
        return Map.copyOf(byId);
    }

}
