package org.antitrafficking.directory.opendata.openreferral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The records HSDS nests in another, by the id of the record they belong to: an
 * organization's programs, services and locations; a service's phones, schedules,
 * languages, areas, locations and funding; any record's attributes and metadata.
 * Immutable; a record with nothing nested has empty lists.
 */
final class NestedRecords {

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

    NestedRecords(OpenReferralRows rows) {
        programsByOrganization = grouped(rows.programs, Hsds.Program::organizationId);
        servicesByOrganization = grouped(rows.services, Hsds.Service::organizationId);
        locationsByOrganization = grouped(
                rows.locations.stream().filter(location -> location.organizationId() != null).toList(),
                Hsds.Location::organizationId);
        phonesByService = grouped(rows.phones, Hsds.Phone::serviceId);
        schedulesByService = grouped(rows.schedules, Hsds.Schedule::serviceId);
        languagesByService = grouped(rows.languages.stream().filter(language -> language.phoneId() == null).toList(),
                Hsds.Language::serviceId);
        languagesByPhone = grouped(rows.languages.stream().filter(language -> language.phoneId() != null).toList(),
                Hsds.Language::phoneId);
        areasByService = grouped(rows.serviceAreas, Hsds.ServiceArea::serviceId);
        locationsByService = grouped(rows.serviceAtLocations, Hsds.ServiceAtLocation::serviceId);
        fundingByService = grouped(rows.funding, Hsds.Funding::serviceId);
        attributesByRecord = grouped(rows.attributes, Hsds.Attribute::linkId);
        metadataByRecord = grouped(rows.metadata, Hsds.Metadata::resourceId);
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

    private static <T> Map<String, List<T>> grouped(List<T> records, Function<T, String> key) {
        return records.stream()
            .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

}
