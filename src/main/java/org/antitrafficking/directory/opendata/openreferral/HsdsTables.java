package org.antitrafficking.directory.opendata.openreferral;

import static org.antitrafficking.directory.opendata.openreferral.HsdsField.date;
import static org.antitrafficking.directory.opendata.openreferral.HsdsField.datetime;
import static org.antitrafficking.directory.opendata.openreferral.HsdsField.id;
import static org.antitrafficking.directory.opendata.openreferral.HsdsField.string;
import static org.antitrafficking.directory.opendata.openreferral.HsdsField.time;

/**
 * The tables the directory publishes, each with the columns it fills, in the order, with
 * the types, formats and constraints of the HSDS 3.0 data package. Columns the directory
 * never fills are left out.
 */
final class HsdsTables {

    static final HsdsTable<Hsds.Organization> ORGANIZATIONS = HsdsTable.<Hsds.Organization>of("organization",
            "organizations", "Departments, agencies and offices, and task forces.")
        .column(id(), Hsds.Organization::id)
        .column(string("name").required(), Hsds.Organization::name)
        .column(string("alternate_name"), Hsds.Organization::alternateName)
        .column(string("description").required(), Hsds.Organization::description)
        .column(string("website").uri(), Hsds.Organization::website)
        .column(string("parent_organization_id").uuid(), Hsds.Organization::parentOrganizationId)
        .build();

    /*
     * HSDS 3.0 marks program.organization_id unique, which would allow one program per
     * organization; its own description
     * ("each program must belong to a single organization") and the nested organization's
     * list of programs say otherwise, and one office here runs several programs.
     */
    static final HsdsTable<Hsds.Program> PROGRAMS = HsdsTable.<Hsds.Program>of("program", "programs",
            "Campaigns, initiatives, trainings, grant programs, reports and strategies.")
        .column(id(), Hsds.Program::id)
        .column(string("organization_id").uuid().required(), Hsds.Program::organizationId, "organization")
        .column(string("name").required(), Hsds.Program::name)
        .column(string("alternate_name"), Hsds.Program::alternateName)
        .column(string("description").required(), Hsds.Program::description)
        .build();

    static final HsdsTable<Hsds.Service> SERVICES = HsdsTable.<Hsds.Service>of("service", "services",
            "Hotlines and forms of immigration relief.")
        .column(id(), Hsds.Service::id)
        .column(string("organization_id").uuid().required(), Hsds.Service::organizationId, "organization")
        .column(string("name").required(), Hsds.Service::name)
        .column(string("alternate_name"), Hsds.Service::alternateName)
        .column(string("description"), Hsds.Service::description)
        .column(string("url").uri(), Hsds.Service::url)
        .column(string("status").required().oneOf("active", "inactive", "defunct", "temporarily closed"),
                Hsds.Service::status)
        .column(string("interpretation_services"), Hsds.Service::interpretationServices)
        .column(string("application_process"), Hsds.Service::applicationProcess)
        .column(string("eligibility_description"), Hsds.Service::eligibilityDescription)
        .column(date("assured_date"), Hsds.Service::assuredDate)
        .column(datetime("last_modified"), Hsds.Service::lastModified)
        .build();

    static final HsdsTable<Hsds.Phone> PHONES = HsdsTable.<Hsds.Phone>of("phone", "phones",
            "The numbers to call, text or reach by TTY of each hotline.")
        .column(id(), Hsds.Phone::id)
        .column(string("service_id").uuid(), Hsds.Phone::serviceId, "service")
        .column(string("number").required(), Hsds.Phone::number)
        .column(string("type"), Hsds.Phone::type)
        .column(string("description"), Hsds.Phone::description)
        .build();

    static final HsdsTable<Hsds.Schedule> SCHEDULES = HsdsTable.<Hsds.Schedule>of("schedule", "schedules",
            "The hours of the hotlines open around the clock.")
        .column(id(), Hsds.Schedule::id)
        .column(string("service_id").uuid(), Hsds.Schedule::serviceId, "service")
        .column(string("freq").oneOf("WEEKLY", "MONTHLY"), Hsds.Schedule::freq)
        .column(string("byday"), Hsds.Schedule::byday)
        .column(string("description"), Hsds.Schedule::description)
        .column(time("opens_at"), Hsds.Schedule::opensAt)
        .column(time("closes_at"), Hsds.Schedule::closesAt)
        .build();

    static final HsdsTable<Hsds.Language> LANGUAGES = HsdsTable.<Hsds.Language>of("language", "languages",
            "The languages of each voice number of a line, as its source gives them.")
        .column(id(), Hsds.Language::id)
        .column(string("service_id").uuid(), Hsds.Language::serviceId, "service")
        .column(string("phone_id").uuid(), Hsds.Language::phoneId, "phone")
        .column(string("note"), Hsds.Language::note)
        .build();

    static final HsdsTable<Hsds.ServiceArea> SERVICE_AREAS = HsdsTable.<Hsds.ServiceArea>of("service_area",
            "service_areas", "Where each service is open: every one is national.")
        .column(id(), Hsds.ServiceArea::id)
        .column(string("service_id").uuid(), Hsds.ServiceArea::serviceId, "service")
        .column(string("name"), Hsds.ServiceArea::name)
        .column(string("description"), Hsds.ServiceArea::description)
        .build();

    static final HsdsTable<Hsds.Location> LOCATIONS = HsdsTable.<Hsds.Location>of("location", "locations",
            "A virtual location for each hotline: none has an address to visit.")
        .column(id(), Hsds.Location::id)
        .column(string("location_type").required().oneOf("physical", "postal", "virtual"), Hsds.Location::locationType)
        .column(string("url").uri(), Hsds.Location::url)
        .column(string("organization_id").uuid(), Hsds.Location::organizationId, "organization")
        .column(string("name"), Hsds.Location::name)
        .column(string("description"), Hsds.Location::description)
        .build();

    static final HsdsTable<Hsds.ServiceAtLocation> SERVICE_AT_LOCATIONS = HsdsTable.<Hsds.ServiceAtLocation>of(
            "service_at_location", "service_at_location", "Each hotline at its virtual location.")
        .column(id(), Hsds.ServiceAtLocation::id)
        .column(string("service_id").uuid().required(), Hsds.ServiceAtLocation::serviceId, "service")
        .column(string("location_id").uuid().required(), Hsds.ServiceAtLocation::locationId, "location")
        .build();

    static final HsdsTable<Hsds.Funding> FUNDING = HsdsTable.<Hsds.Funding>of("funding", "funding",
            "Who pays for a line, where the directory shows a funder rather than an operator.")
        .column(id(), Hsds.Funding::id)
        .column(string("service_id").uuid(), Hsds.Funding::serviceId, "service")
        .column(string("source"), Hsds.Funding::source)
        .build();

    static final HsdsTable<Hsds.Taxonomy> TAXONOMIES = HsdsTable.<Hsds.Taxonomy>of("taxonomy", "taxonomies",
            "The functions of anti-trafficking work, and whether a hotline passes what it hears to law enforcement.")
        .column(id(), Hsds.Taxonomy::id)
        .column(string("name").required(), Hsds.Taxonomy::name)
        .column(string("description").required(), Hsds.Taxonomy::description)
        .build();

    static final HsdsTable<Hsds.TaxonomyTerm> TAXONOMY_TERMS = HsdsTable.<Hsds.TaxonomyTerm>of("taxonomy_term",
            "taxonomy_terms",
            "Prevention, protection, prosecution and partnership; and yes, no or limited for law enforcement.")
        .column(id(), Hsds.TaxonomyTerm::id)
        .column(string("code").unique(), Hsds.TaxonomyTerm::code)
        .column(string("name").required(), Hsds.TaxonomyTerm::name)
        .column(string("description").required(), Hsds.TaxonomyTerm::description)
        .column(string("language"), Hsds.TaxonomyTerm::language)
        .column(string("taxonomy_id").uuid(), Hsds.TaxonomyTerm::taxonomyId, "taxonomy")
        .build();

    static final HsdsTable<Hsds.Attribute> ATTRIBUTES = HsdsTable.<Hsds.Attribute>of("attribute", "attributes",
            "The functions each agency, task force and program is tagged with, and whether what a caller tells a hotline reaches law enforcement, with the explanation as the value.")
        .column(id(), Hsds.Attribute::id)
        .column(string("link_id").uuid().required(), Hsds.Attribute::linkId)
        .column(string("taxonomy_term_id").uuid().required(), Hsds.Attribute::taxonomyTermId, "taxonomy_term")
        .column(string("link_type"), Hsds.Attribute::linkType)
        .column(string("link_entity").required(), Hsds.Attribute::linkEntity)
        .column(string("value"), Hsds.Attribute::value)
        .build();

    static final HsdsTable<Hsds.Metadata> METADATA = HsdsTable.<Hsds.Metadata>of("metadata", "metadata",
            "Each change an editor made to an organization, program or service; for a record no editor has changed, the move to the current data version.")
        .column(id(), Hsds.Metadata::id)
        .column(string("resource_id").uuid().required(), Hsds.Metadata::resourceId)
        .column(string("resource_type").required(), Hsds.Metadata::resourceType)
        .column(date("last_action_date").required(), Hsds.Metadata::lastActionDate)
        .column(string("last_action_type").required(), Hsds.Metadata::lastActionType)
        .column(string("field_name").required(), Hsds.Metadata::fieldName)
        .column(string("previous_value").required(), Hsds.Metadata::previousValue)
        .column(string("replacement_value").required(), Hsds.Metadata::replacementValue)
        .column(string("updated_by").required(), Hsds.Metadata::updatedBy)
        .build();

    private HsdsTables() {
    }

}
