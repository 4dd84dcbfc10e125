package org.antitrafficking.directory.opendata.openreferral;

import java.util.ArrayList;
import java.util.List;

import org.antitrafficking.directory.readmodel.DataVersion;

/** Collects the rows of every table, then freezes them. */
final class OpenReferralRows {

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

    OpenReferralRows(DataVersion version) {
        this.version = version;
    }

    OpenReferralData build() {
        return new OpenReferralData(this);
    }

}
