package org.antitrafficking.directory.suggestion;

import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the form accepts: a field of the record, a proposed value and a source within
 * their limits, an optional one-line way to reply, nothing that is not text, and an empty
 * honeypot.
 */
class SuggestionFormTest {

    private static final SuggestedRecord LINE = new SuggestedRecord(
            new RecordLink(RecordKind.HOTLINE, "hsi-tip-line", "HSI Tip Line", null),
            List.of(new Field("hours", "Hours", "24 hours a day"), new Field("languages", "Languages", null)));

    @Test
    void shouldAcceptAFieldOfTheRecordWithAProposedValueAndASource() {
        SuggestionForm form = form("hours", " Weekdays 9 to 5 \r\n(Eastern) ", "https://www.ice.gov/tipline", "");
        assertThat(form.problems(LINE)).isEmpty();
        Suggestion suggestion = form.suggestion(LINE);
        assertThat(suggestion.field()).isEqualTo("hours");
        assertThat(suggestion.currentValue()).as("what the page showed").isEqualTo("24 hours a day");
        assertThat(suggestion.proposedValue()).as("stripped, one character per line end")
            .isEqualTo("Weekdays 9 to 5 \n(Eastern)");
        assertThat(suggestion.replyTo()).as("an empty way to reply is none").isNull();
        assertThat(suggestion.recordTable()).isEqualTo("hotline");
    }

    @Test
    void shouldSayWhatIsMissing() {
        assertThat(form(null, " ", "\n", null).problems(LINE)).containsExactly(
                Map.entry("field", "suggest.error.field"), Map.entry("proposed", "suggest.error.proposed.missing"),
                Map.entry("evidence", "suggest.error.evidence.missing"));
        assertThat(form("website", "x", "y", null).problems(LINE)).as("a field the record does not have")
            .containsOnlyKeys("field");
    }

    @Test
    void shouldHoldEveryFieldToItsLimitInCharacters() {
        String emoji = "😀";
        assertThat(form("hours", emoji.repeat(SuggestionForm.MAX_PROPOSED), "y", null).problems(LINE))
            .as("2,000 characters of two UTF-16 units each")
            .isEmpty();
        assertThat(form("hours", "x".repeat(SuggestionForm.MAX_PROPOSED + 1),
                "e".repeat(SuggestionForm.MAX_EVIDENCE + 1), "r".repeat(SuggestionForm.MAX_REPLY + 1))
            .problems(LINE)).containsExactly(Map.entry("proposed", "suggest.error.proposed.too-long"),
                    Map.entry("evidence", "suggest.error.evidence.too-long"),
                    Map.entry("reply", "suggest.error.reply.too-long"));
        assertThat(form("hours", "x".repeat(SuggestionForm.MAX_PROPOSED), "e".repeat(SuggestionForm.MAX_EVIDENCE),
                "r".repeat(SuggestionForm.MAX_REPLY))
            .problems(LINE)).isEmpty();
    }

    @Test
    void shouldRefuseCharactersThatAreNotText() {
        assertThat(form("hours", "nine\u0000five", "a\u001b[31m", "me@example.org\nBcc: x").problems(LINE))
            .containsExactly(Map.entry("proposed", "suggest.error.proposed.characters"),
                    Map.entry("evidence", "suggest.error.evidence.characters"),
                    Map.entry("reply", "suggest.error.reply.characters"));
        assertThat(form("hours", "broken \uD800 surrogate", "\uFFFE", null).problems(LINE)).containsOnlyKeys("proposed",
                "evidence");
        assertThat(form("hours", "Tabs\tand lines\nare fine; so are accents: é, 日本, 😀", "ok", null).problems(LINE))
            .isEmpty();
    }

    @Test
    void shouldShowCharactersThatAreNotTextAsAMark() {
        assertThat(form("hours", "nine\u0000five\r\n", "x", null).proposedText()).isEqualTo("nine\uFFFDfive");
    }

    @Test
    void shouldRefuseAProposedValueThatIsWhatThePageSaysNow() {
        assertThat(form("hours", " 24 hours a day ", "x", null).problems(LINE))
            .containsExactly(Map.entry("proposed", "suggest.error.proposed.same"));
        assertThat(form("languages", "English", "x", null).problems(LINE)).as("a field the page leaves empty")
            .isEmpty();
    }

    @Test
    void shouldNoticeTheHoneypot() {
        assertThat(form("hours", "x", "y", null).trapped()).isFalse();
        assertThat(new SuggestionForm("hours", "x", "y", null, null, "").trapped()).isFalse();
        assertThat(new SuggestionForm("hours", "x", "y", null, null, "https://spam.example").trapped()).isTrue();
        assertThat(new SuggestionForm("hours", "x", "y", null, null, " ").trapped()).isTrue();
    }

    @Test
    void shouldCutTodaysValueShortInTheList() {
        Field description = new Field("description", "Description", "abcdef ".repeat(20));
        assertThat(description.preview()).hasSize(Field.PREVIEW_LENGTH + 1).endsWith("…").doesNotContain("  ");
        assertThat(new Field("hours", "Hours", "24/7").preview()).isEqualTo("24/7");
        assertThat(new Field("hours", "Hours", null).preview()).isNull();
    }

    private static SuggestionForm form(String field, String proposed, String evidence, String reply) {
        return new SuggestionForm(field, proposed, evidence, reply, null, null);
    }

}
