package org.antitrafficking.directory.opendata.openreferral;

import java.util.Locale;

import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.WorkFunction;

import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.FUNCTIONS_TAXONOMY_ID;
import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.LAW_ENFORCEMENT_TAXONOMY_ID;
import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.termId;

/**
 * The directory's two taxonomies, whose terms the records' attributes name: the functions
 * of the work, and whether what a caller tells a line reaches law enforcement.
 */
final class TaxonomyMapping {

    private final MappingContext context;

    private final OpenReferralRows rows;

    TaxonomyMapping(MappingContext context) {
        this.context = context;
        this.rows = context.rows();
    }

    void map() {
        functions();
        lawEnforcement();
    }

    private void functions() {
        rows.taxonomies.add(new Hsds.Taxonomy(FUNCTIONS_TAXONOMY_ID, context.text("openreferral.taxonomy.name"),
                context.text("openreferral.taxonomy.description")));
        for (WorkFunction function : WorkFunction.values()) {
            String about = context.text("function." + function.slug() + ".about");
            rows.taxonomyTerms.add(new Hsds.TaxonomyTerm(termId(function), function.slug(), function.label(),
                    about.substring(0, 1).toUpperCase(Locale.ROOT) + about.substring(1), "en", FUNCTIONS_TAXONOMY_ID));
        }
    }

    /**
     * Whether what a caller tells a line reaches law enforcement, as terms the hotlines'
     * attributes name.
     */
    private void lawEnforcement() {
        rows.taxonomies
            .add(new Hsds.Taxonomy(LAW_ENFORCEMENT_TAXONOMY_ID, context.text("openreferral.law-enforcement.name"),
                    context.text("openreferral.law-enforcement.description")));
        for (LawEnforcementSharing sharing : LawEnforcementSharing.values()) {
            rows.taxonomyTerms.add(new Hsds.TaxonomyTerm(termId(sharing), "law-enforcement-" + sharing.slug(),
                    context.text("openreferral.law-enforcement." + sharing.slug()),
                    context.text("openreferral.law-enforcement." + sharing.slug() + ".description"), "en",
                    LAW_ENFORCEMENT_TAXONOMY_ID));
        }
    }

}
