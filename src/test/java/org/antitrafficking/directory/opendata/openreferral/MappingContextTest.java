package org.antitrafficking.directory.opendata.openreferral;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.readmodel.load.SmallDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every part of the mapping stamps on a record: its functions as attributes, and its
 * changes: an editor's, from the records' history (the small directory's tip line was
 * corrected twice and checked once), or else the move to the current data version.
 */
class MappingContextTest {

    private static final DataVersion VERSION = new DataVersion(42, Instant.parse("2026-01-31T23:59:58.123456Z"));

    private static final DirectorySnapshot SMALL = SmallDirectory.snapshot();

    private final MappingContext context = new MappingContext(VERSION, SMALL.histories(), messages());

    private final RecordLink tipLine = SMALL.hotlines().page("hsi-tip-line").card().link();

    private final RecordLink emergency = SMALL.hotlines().page("emergency-911").card().link();

    @Test
    void shouldDateARecordNobodyChangedByTheDataVersionToTheSecond() {
        assertThat(context.lastModified(emergency)).isEqualTo("2026-01-31T23:59:58Z");
        assertThat(context.rows().version).isEqualTo(VERSION);
    }

    @Test
    void shouldGiveARecordNobodyChangedTheMoveToTheCurrentVersionAsItsLastChange() {
        context.changed("org", "service", emergency);
        assertThat(context.rows().metadata).containsExactly(new Hsds.Metadata(OpenReferralIds.uuid("metadata", "org"),
                "org", "service", "2026-01-31", "update", "data_version", "41", "42", "The directory"));
    }

    @Test
    void shouldGiveAChangedRecordAMetadataRowPerChangeAndItsLastChangeAsItsModification() {
        context.changed("line", "service", tipLine);
        assertThat(context.rows().metadata).containsExactly(
                new Hsds.Metadata(OpenReferralIds.uuid("metadata", "line/3/hours"), "line", "service", "2026-11-20",
                        "update", "hours", "24 hours", "24 hours a day", "The editors"),
                new Hsds.Metadata(OpenReferralIds.uuid("metadata", "line/1/hours"), "line", "service", "2026-11-02",
                        "update", "hours", "Weekdays", "24 hours a day", "The editors"));
        assertThat(context.lastModified(tipLine)).isEqualTo("2026-11-20T10:30:00Z");
    }

    @Test
    void shouldAssureOnlyARecordAPersonChecked() {
        assertThat(context.assuredDate(tipLine)).isEqualTo("2026-11-10");
        assertThat(context.assuredDate(emergency)).isNull();
    }

    @Test
    void shouldTagARecordWithAnAttributePerFunctionInTheirOrder() {
        context.tag("org", "organization", List.of(WorkFunction.PROSECUTION, WorkFunction.PARTNERSHIP));
        String prosecution = OpenReferralIds.termId(WorkFunction.PROSECUTION);
        assertThat(context.rows().attributes).extracting(Hsds.Attribute::taxonomyTermId)
            .containsExactly(prosecution, OpenReferralIds.termId(WorkFunction.PARTNERSHIP));
        assertThat(context.rows().attributes.get(0))
            .isEqualTo(new Hsds.Attribute(OpenReferralIds.uuid("attribute", "org/" + prosecution), "org", prosecution,
                    "function", "organization", null));
    }

    @Test
    void shouldGiveAPhoneTypeToTheChannelsThatAreDialledOrTextedOnly() {
        assertThat(ServiceMapping.phoneType(ChannelKind.VOICE)).contains("voice");
        assertThat(ServiceMapping.phoneType(ChannelKind.TEXT)).contains("text");
        assertThat(ServiceMapping.phoneType(ChannelKind.TTY)).contains("textphone");
        assertThat(ServiceMapping.phoneType(ChannelKind.CHAT)).isEmpty();
        assertThat(ServiceMapping.phoneType(ChannelKind.ONLINE_FORM)).isEmpty();
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("site.name", Locale.ENGLISH, "The directory");
        messages.addMessage("changes.feed.author", Locale.ENGLISH, "The editors");
        return messages;
    }

}
