package org.antitrafficking.directory.opendata.openreferral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The objects the HSDS API answers with: the records of {@link Hsds}, each with the
 * related records HSDS nests in it, as the compiled schemas of HSDS 3.0 lay them out.
 */
final class HsdsViews {

    private HsdsViews() {
    }

    /** What {@code GET /hsds/} says about the API. */
    record About(String version, String profile, @JsonProperty("openapi_url") String openapiUrl) {
    }

    record PhoneView(@JsonUnwrapped Hsds.Phone phone, List<Hsds.Language> languages) {
    }

    record TermView(@JsonUnwrapped Hsds.TaxonomyTerm term,
            @JsonProperty("taxonomy_detail") Hsds.Taxonomy taxonomyDetail) {
    }

    record AttributeView(@JsonUnwrapped Hsds.Attribute attribute,
            @JsonProperty("taxonomy_term") TermView taxonomyTerm) {
    }

    record ServiceAtLocationView(@JsonUnwrapped Hsds.ServiceAtLocation serviceAtLocation, Hsds.Location location) {
    }

    record ProgramView(@JsonUnwrapped Hsds.Program program, List<AttributeView> attributes,
            List<Hsds.Metadata> metadata) {
    }

    /**
     * An organization with what it runs; {@code services} is left out where it is nested
     * in a service.
     */
    record OrganizationView(@JsonUnwrapped Hsds.Organization organization, List<Hsds.Location> locations,
            List<ProgramView> programs, List<AttributeView> attributes, List<Hsds.Metadata> metadata,
            List<Hsds.Service> services) {
    }

    /** A service with everything HSDS nests in it. */
    record ServiceView(@JsonUnwrapped Hsds.Service service, List<PhoneView> phones, List<Hsds.Schedule> schedules,
            @JsonProperty("service_areas") List<Hsds.ServiceArea> serviceAreas,
            @JsonProperty("service_at_locations") List<ServiceAtLocationView> serviceAtLocations,
            List<Hsds.Language> languages, OrganizationView organization, List<Hsds.Funding> funding,
            List<AttributeView> attributes, List<Hsds.Metadata> metadata) {
    }

    /** A service in a list: its own fields and its organization's. */
    record ServiceSummary(@JsonUnwrapped Hsds.Service service, Hsds.Organization organization) {
    }

}
