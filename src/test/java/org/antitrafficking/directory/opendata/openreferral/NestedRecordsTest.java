package org.antitrafficking.directory.opendata.openreferral;

import java.time.Instant;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lookups that nest one record in another, by the id it belongs to. */
class NestedRecordsTest {

    private final OpenReferralRows rows = new OpenReferralRows(new DataVersion(7, Instant.EPOCH));

    @Test
    void shouldTellAServicesOwnLanguagesFromItsPhones() {
        Hsds.Language whole = new Hsds.Language("l1", "line", null, "Spanish");
        Hsds.Language byPhone = new Hsds.Language("l2", "line", "phone", "200 languages");
        rows.languages.add(whole);
        rows.languages.add(byPhone);
        NestedRecords nested = new NestedRecords(rows);
        assertThat(nested.languagesOf("line")).containsExactly(whole);
        assertThat(nested.languagesOfPhone("phone")).containsExactly(byPhone);
        assertThat(nested.languagesOfPhone("line")).isEmpty();
    }

    @Test
    void shouldKeepTheRowsOrderWithinEachRecordAndGiveNothingForAnUnknownOne() {
        Hsds.Phone first = new Hsds.Phone("p1", "line", "1-888-373-7888", "voice", null);
        Hsds.Phone other = new Hsds.Phone("p2", "tips", "1-800-225-5324", "voice", null);
        Hsds.Phone second = new Hsds.Phone("p3", "line", "233733", "text", "Text HELP");
        rows.phones.add(first);
        rows.phones.add(other);
        rows.phones.add(second);
        NestedRecords nested = new NestedRecords(rows);
        assertThat(nested.phonesOf("line")).containsExactly(first, second);
        assertThat(nested.phonesOf("tips")).containsExactly(other);
        assertThat(nested.phonesOf("unknown")).isEmpty();
        assertThat(nested.attributesOf("line")).isEmpty();
    }

    /** A hotline's virtual location belongs to its operator; one without is nobody's. */
    @Test
    void shouldListOnlyTheLocationsThatBelongToAnOrganization() {
        Hsds.Location owned = new Hsds.Location("loc1", "virtual", null, "hsi", "Tip line", null);
        rows.locations.add(owned);
        rows.locations.add(new Hsds.Location("loc2", "virtual", null, null, "Nobody's", null));
        NestedRecords nested = new NestedRecords(rows);
        assertThat(nested.locationsOf("hsi")).containsExactly(owned);
        assertThat(nested.locationsOf(null)).isEmpty();
    }

}
