package org.antitrafficking.directory.opendata.openreferral;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;

import org.springframework.context.MessageSource;

/**
 * How the directory maps onto HSDS 3.0 (the README's table says the same in prose): the
 * taxonomies ({@link TaxonomyMapping}), the organizations ({@link OrganizationMapping}),
 * then what they run or offer ({@link ServiceMapping}). Identifiers are name-based UUIDs
 * of each record's kind and slug ({@link OpenReferralIds}), so they stay the same from
 * one data version to the next. The database keeps no history of single records, only a
 * data version that every change moves, so every record's last change is given as that
 * version's time: on or after its own last change.
 */
final class OpenReferralMapping {

    private OpenReferralMapping() {
    }

    /**
     * The directory of {@code snapshot} as Open Referral records, with texts in the
     * site's language.
     */
    static OpenReferralData map(DirectorySnapshot snapshot, MessageSource messages) {
        MappingContext context = new MappingContext(snapshot.version(), snapshot.histories(), messages);
        new TaxonomyMapping(context).map();
        new OrganizationMapping(context).map(snapshot);
        ServiceMapping services = new ServiceMapping(context);
        services.programs(snapshot);
        snapshot.hotlines().all().forEach(services::hotline);
        snapshot.reliefTypes().all().forEach(services::relief);
        return context.rows().build();
    }

}
