package org.antitrafficking.directory.opendata.openreferral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.web.SiteAddress;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory through the read-only API profile of Open Referral HSDS 3.0: services,
 * organizations and the functions as a taxonomy, with HSDS's paging and query parameters.
 * Unknown parameters are refused, as on /api/v1.
 */
@Tag(name = "Open Referral (HSDS 3.0)", description = "Services, organizations and taxonomies as HSDS 3.0 defines them")
@RestController
@RequestMapping(HsdsController.ROOT)
class HsdsController {

    static final String ROOT = "/hsds";

    /** The HSDS version this API implements, as {@code GET /hsds/} reports it. */
    static final String VERSION = "3.0";

    /** The API applies no HSDS profile, so it points at the specification itself. */
    static final String PROFILE = "https://docs.openreferral.org/en/v3.0/";

    private static final String PAGE = "Page number, from 1";

    private static final String PER_PAGE = "Records per page, at most 100 (20 unless given)";

    private static final String SEARCH = "Words that must all occur in the name, alternate name or description";

    private final HsdsService hsds;

    private final SiteAddress site;

    HsdsController(HsdsService hsds, SiteAddress site) {
        this.hsds = hsds;
        this.site = site;
    }

    @Operation(summary = "About this API",
            description = "The HSDS version, the profile (none: HSDS 3.0 itself) and the address of this API's OpenAPI document.")
    @GetMapping({ "", "/" })
    HsdsViews.About about() {
        return new HsdsViews.About(VERSION, PROFILE, site.base() + HsdsOpenApi.DOCUMENT);
    }

    @Operation(summary = "List services",
            description = "Hotlines and forms of immigration relief, each with its organization, in the directory's order.")
    @GetMapping("/services")
    HsdsPage<HsdsViews.ServiceSummary> services(
            @Parameter(description = SEARCH) @RequestParam(required = false) String search,
            @Parameter(description = PAGE,
                    schema = @Schema(type = "integer")) @RequestParam(required = false) String page,
            @Parameter(description = PER_PAGE, schema = @Schema(type = "integer")) @RequestParam(name = "per_page",
                    required = false) String perPage,
            @Parameter(
                    description = "Only services that carry this taxonomy term, themselves or through their organization") @RequestParam(
                            name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @Parameter(
                    description = "Only services that carry a term of this taxonomy, themselves or through their organization") @RequestParam(
                            name = "taxonomy_id", required = false) String taxonomyId,
            @Parameter(description = "Only the services of this organization") @RequestParam(name = "organization_id",
                    required = false) String organizationId,
            @Parameter(description = "Only services changed on or after this ISO 8601 date and time (or date)",
                    schema = @Schema(type = "string", format = "datetime")) @RequestParam(name = "modified_after",
                            required = false) String modifiedAfter) {
        return hsds.services(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter,
                Paging.of(page, perPage));
    }

    @Operation(summary = "Get a service",
            description = "A service with its phones, schedules, service areas, locations, languages, organization, funding, attributes and metadata.")
    @GetMapping("/services/{id}")
    HsdsViews.ServiceView service(@Parameter(description = "The service's id, a UUID") @PathVariable String id) {
        return hsds.service(id);
    }

    @Operation(summary = "List organizations",
            description = "Departments, agencies and offices, and task forces, in the directory's order.")
    @GetMapping("/organizations")
    HsdsPage<Hsds.Organization> organizations(
            @Parameter(description = SEARCH) @RequestParam(required = false) String search,
            @Parameter(description = PAGE,
                    schema = @Schema(type = "integer")) @RequestParam(required = false) String page,
            @Parameter(description = PER_PAGE, schema = @Schema(type = "integer")) @RequestParam(name = "per_page",
                    required = false) String perPage) {
        return hsds.organizations(search, Paging.of(page, perPage));
    }

    @Operation(summary = "Get an organization",
            description = "An organization with its locations, programs, attributes, metadata and services.")
    @GetMapping("/organizations/{id}")
    HsdsViews.OrganizationView organization(
            @Parameter(description = "The organization's id, a UUID") @PathVariable String id) {
        return hsds.organization(id);
    }

    @Operation(summary = "List taxonomies",
            description = "The taxonomies the terms come from: the functions of anti-trafficking work.")
    @GetMapping("/taxonomies")
    HsdsPage<Hsds.Taxonomy> taxonomies(@Parameter(description = SEARCH) @RequestParam(required = false) String search,
            @Parameter(description = PAGE,
                    schema = @Schema(type = "integer")) @RequestParam(required = false) String page,
            @Parameter(description = PER_PAGE, schema = @Schema(type = "integer")) @RequestParam(name = "per_page",
                    required = false) String perPage) {
        return hsds.taxonomies(search, Paging.of(page, perPage));
    }

    @Operation(summary = "Get a taxonomy", description = "One taxonomy.")
    @GetMapping("/taxonomies/{id}")
    Hsds.Taxonomy taxonomy(@Parameter(description = "The taxonomy's id, a UUID") @PathVariable String id) {
        return hsds.taxonomy(id);
    }

    @Operation(summary = "List taxonomy terms",
            description = "Prevention, protection, prosecution and partnership, each with its taxonomy.")
    @GetMapping("/taxonomy_terms")
    HsdsPage<HsdsViews.TermView> taxonomyTerms(
            @Parameter(description = SEARCH) @RequestParam(required = false) String search,
            @Parameter(description = PAGE,
                    schema = @Schema(type = "integer")) @RequestParam(required = false) String page,
            @Parameter(description = PER_PAGE, schema = @Schema(type = "integer")) @RequestParam(name = "per_page",
                    required = false) String perPage,
            @Parameter(description = "Only the terms of this taxonomy") @RequestParam(name = "taxonomy_id",
                    required = false) String taxonomyId) {
        return hsds.taxonomyTerms(search, taxonomyId, Paging.of(page, perPage));
    }

    @Operation(summary = "Get a taxonomy term", description = "One term with its taxonomy.")
    @GetMapping("/taxonomy_terms/{id}")
    HsdsViews.TermView taxonomyTerm(@Parameter(description = "The term's id, a UUID") @PathVariable String id) {
        return hsds.taxonomyTerm(id);
    }

}
