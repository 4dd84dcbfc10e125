package org.antitrafficking.directory.opendata.openreferral;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Identifiers that depend on a record's kind and slug only, never on its name. */
class OpenReferralIdsTest {

    @Test
    void shouldNameARecordByTheNameBasedUuidOfItsKindAndSlug() {
        String id = OpenReferralIds
            .id(new RecordLink(RecordKind.AGENCY, "hsi", "Homeland Security Investigations", null));
        assertThat(id).isEqualTo(UUID.nameUUIDFromBytes("agency:hsi".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(UUID.fromString(id).version()).isEqualTo(3);
        assertThat(OpenReferralIds.id(new RecordLink(RecordKind.AGENCY, "hsi", "Renamed", "HSI"))).isEqualTo(id);
        assertThat(OpenReferralIds.id(new RecordLink(RecordKind.PROGRAM, "hsi", "A program", null))).isNotEqualTo(id);
    }

    @Test
    void shouldGiveEveryTermItsOwnIdAndKeepTheTaxonomiesApart() {
        assertThat(Arrays.stream(WorkFunction.values()).map(OpenReferralIds::termId))
            .contains(OpenReferralIds.uuid("function", "prevention"))
            .doesNotHaveDuplicates()
            .hasSize(WorkFunction.values().length);
        assertThat(Arrays.stream(LawEnforcementSharing.values()).map(OpenReferralIds::termId))
            .contains(OpenReferralIds.uuid("law-enforcement", "limited"))
            .doesNotHaveDuplicates();
        assertThat(OpenReferralIds.FUNCTIONS_TAXONOMY_ID).isEqualTo(OpenReferralIds.uuid("taxonomy", "functions"))
            .isNotEqualTo(OpenReferralIds.LAW_ENFORCEMENT_TAXONOMY_ID);
    }

}
