package org.antitrafficking.directory.opendata.openreferral;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every part of the mapping stamps on a record: its functions as attributes, and the
 * data version as its last change.
 */
class MappingContextTest {

    private static final DataVersion VERSION = new DataVersion(42, Instant.parse("2026-01-31T23:59:58.123456Z"));

    private final MappingContext context = new MappingContext(VERSION, messages());

    @Test
    void shouldDateEveryRecordByTheDataVersionToTheSecond() {
        assertThat(context.lastModified()).isEqualTo("2026-01-31T23:59:58Z");
        assertThat(context.rows().version).isEqualTo(VERSION);
    }

    @Test
    void shouldGiveARecordsLastChangeAsTheMoveToTheCurrentVersion() {
        context.changed("org", "organization");
        assertThat(context.rows().metadata).containsExactly(new Hsds.Metadata(OpenReferralIds.uuid("metadata", "org"),
                "org", "organization", "2026-01-31", "update", "data_version", "41", "42", "The directory"));
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
        return messages;
    }

}
