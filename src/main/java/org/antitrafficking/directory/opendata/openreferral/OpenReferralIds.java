package org.antitrafficking.directory.opendata.openreferral;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;

/**
 * The Open Referral records' identifiers: name-based UUIDs of each record's kind and
 * slug, so they stay the same from one data version to the next.
 */
final class OpenReferralIds {

    static final String FUNCTIONS_TAXONOMY_ID = uuid("taxonomy", "functions");

    static final String LAW_ENFORCEMENT_TAXONOMY_ID = uuid("taxonomy", "law-enforcement");

    private OpenReferralIds() {
    }

    static String termId(WorkFunction function) {
        return uuid(RecordKind.FUNCTION.slug(), function.slug());
    }

    static String termId(LawEnforcementSharing sharing) {
        return uuid("law-enforcement", sharing.slug());
    }

    static String id(RecordLink record) {
        return uuid(record.kind().slug(), record.slug());
    }

    /** The id of a record of {@code kind} known by {@code key}. */
    static String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

}
