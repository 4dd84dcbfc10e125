package org.antitrafficking.directory.opendata.openreferral;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The records of the Open Referral tables, one type per HSDS table, with the fields the
 * directory fills, named as HSDS names them. Each is one row of its CSV file and, in the
 * API, one object (the API nests them; see {@link HsdsViews}). Ids are UUID strings; a
 * null field is an empty cell and an absent property.
 */
final class Hsds {

    private Hsds() {
    }

    record Organization(String id, String name, @JsonProperty("alternate_name") String alternateName,
            String description, String website, @JsonProperty("parent_organization_id") String parentOrganizationId) {
    }

    record Program(String id, @JsonProperty("organization_id") String organizationId, String name,
            @JsonProperty("alternate_name") String alternateName, String description) {
    }

    record Service(String id, @JsonProperty("organization_id") String organizationId, String name,
            @JsonProperty("alternate_name") String alternateName, String description, String url, String status,
            @JsonProperty("interpretation_services") String interpretationServices,
            @JsonProperty("application_process") String applicationProcess,
            @JsonProperty("eligibility_description") String eligibilityDescription,
            @JsonProperty("assured_date") String assuredDate, @JsonProperty("last_modified") String lastModified) {
    }

    record Phone(String id, @JsonProperty("service_id") String serviceId, String number, String type,
            String description) {
    }

    record Language(String id, @JsonProperty("service_id") String serviceId, @JsonProperty("phone_id") String phoneId,
            String note) {
    }

    record Schedule(String id, @JsonProperty("service_id") String serviceId, String freq, String byday,
            String description, @JsonProperty("opens_at") String opensAt, @JsonProperty("closes_at") String closesAt) {
    }

    record ServiceArea(String id, @JsonProperty("service_id") String serviceId, String name, String description) {
    }

    record Location(String id, @JsonProperty("location_type") String locationType, String url,
            @JsonProperty("organization_id") String organizationId, String name, String description) {
    }

    record ServiceAtLocation(String id, @JsonProperty("service_id") String serviceId,
            @JsonProperty("location_id") String locationId) {
    }

    record Funding(String id, @JsonProperty("service_id") String serviceId, String source) {
    }

    record Taxonomy(String id, String name, String description) {
    }

    record TaxonomyTerm(String id, String code, String name, String description, String language,
            @JsonProperty("taxonomy_id") String taxonomyId) {
    }

    record Attribute(String id, @JsonProperty("link_id") String linkId,
            @JsonProperty("taxonomy_term_id") String taxonomyTermId, @JsonProperty("link_type") String linkType,
            @JsonProperty("link_entity") String linkEntity, String value) {
    }

    record Metadata(String id, @JsonProperty("resource_id") String resourceId,
            @JsonProperty("resource_type") String resourceType, @JsonProperty("last_action_date") String lastActionDate,
            @JsonProperty("last_action_type") String lastActionType, @JsonProperty("field_name") String fieldName,
            @JsonProperty("previous_value") String previousValue,
            @JsonProperty("replacement_value") String replacementValue, @JsonProperty("updated_by") String updatedBy) {
    }

}
