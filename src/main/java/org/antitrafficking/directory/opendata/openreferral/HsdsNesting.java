package org.antitrafficking.directory.opendata.openreferral;

import java.util.List;
import java.util.stream.Stream;

/**
 * Single records with everything HSDS nests in them, from the Open Referral records of
 * one data version.
 */
final class HsdsNesting {

    private HsdsNesting() {
    }

    /** A service with its phones, schedules, areas, locations, organization and more. */
    static HsdsViews.ServiceView service(OpenReferralData data, Hsds.Service service) {
        String id = service.id();
        NestedRecords nested = data.nested();
        Hsds.Organization organization = data.organization(service.organizationId()).orElseThrow();
        return new HsdsViews.ServiceView(service,
                nested.phonesOf(id)
                    .stream()
                    .map(phone -> new HsdsViews.PhoneView(phone, nested.languagesOfPhone(phone.id())))
                    .toList(),
                nested.schedulesOf(id), nested.areasOf(id),
                nested.locationsOfService(id)
                    .stream()
                    .map(link -> new HsdsViews.ServiceAtLocationView(link, data.location(link.locationId())))
                    .toList(),
                nested.languagesOf(id), organization(data, organization, null), nested.fundingOf(id),
                attributes(data, id), nested.metadataOf(id));
    }

    /**
     * An organization with its locations, programs, attributes and metadata; with
     * {@code services} unless null.
     */
    static HsdsViews.OrganizationView organization(OpenReferralData data, Hsds.Organization organization,
            List<Hsds.Service> services) {
        String id = organization.id();
        NestedRecords nested = data.nested();
        return new HsdsViews.OrganizationView(organization, nested.locationsOf(id),
                nested.programsOf(id)
                    .stream()
                    .map(program -> new HsdsViews.ProgramView(program, attributes(data, program.id()),
                            nested.metadataOf(program.id())))
                    .toList(),
                attributes(data, id), nested.metadataOf(id), services);
    }

    static HsdsViews.TermView term(OpenReferralData data, Hsds.TaxonomyTerm term) {
        return new HsdsViews.TermView(term, data.taxonomy(term.taxonomyId()).orElse(null));
    }

    /**
     * The ids of the terms in a service's nested record: its own and its organization's.
     */
    static Stream<String> terms(OpenReferralData data, Hsds.Service service) {
        NestedRecords nested = data.nested();
        return Stream
            .concat(nested.attributesOf(service.id()).stream(), nested.attributesOf(service.organizationId()).stream())
            .map(Hsds.Attribute::taxonomyTermId);
    }

    private static List<HsdsViews.AttributeView> attributes(OpenReferralData data, String recordId) {
        return data.nested()
            .attributesOf(recordId)
            .stream()
            .map(attribute -> new HsdsViews.AttributeView(attribute,
                    term(data, data.taxonomyTerm(attribute.taxonomyTermId()).orElseThrow())))
            .toList();
    }

}
