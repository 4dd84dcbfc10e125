package org.antitrafficking.directory.readmodel.search;

import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExactNamesTest {

    @Test
    void shouldHashAPhraseAsTheStringOfItsWordsWouldHash() {
        List<String> texts = List.of("Homeland Security Investigations", "HSI", "T visa", "  U-visa  ", "I-914",
                "Tip Line: tip line", "a b c d e f g h i j", "one two three four five six seven eight nine",
                "x".repeat(41) + " long", "2024 Report", "Café Customs", "İstanbul office", "ΣΟΦΙΑ", "!!", "",
                "Blue   Campaign", "ICE", "ice Ice ICE", "Office_of_Trafficking");
        ExactNames.Builder builder = ExactNames.builder();
        for (String text : texts) {
            String phrase = ExactNames.phrase(text);
            long expected = (phrase == null) ? ExactNames.NO_PHRASE : phrase.hashCode();
            assertThat(builder.phraseHash(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void shouldFindRecordsByNameOrAcronymAndNotByAnotherPhraseOfTheSameHash() {
        assertThat("aa".hashCode()).as("two phrases of one hash").isEqualTo("bB".hashCode());
        Entries entries = new Entries(new Entries.Entry[] { entry("aa", null), entry("Tip Line", "TL"),
                entry("bB", null), entry("Other", "aa") }, Map.of());
        ExactNames.Builder builder = ExactNames.builder();
        for (int doc = 0; doc < entries.size(); doc++) {
            builder.add(doc, entries.entry(doc).name());
            if (entries.entry(doc).link().acronym() != null) {
                builder.add(doc, entries.entry(doc).link().acronym());
            }
        }
        ExactNames names = builder.build();
        assertThat(names.matching("aa", entries)).containsExactly(0, 3);
        assertThat(names.matching("bb", entries)).containsExactly(2);
        assertThat(names.matching("tip line", entries)).containsExactly(1);
        assertThat(names.matching("tl", entries)).containsExactly(1);
        assertThat(names.matching("tip", entries)).isNull();
    }

    private static Entries.Entry entry(String name, String acronym) {
        return new Entries.Entry(new RecordLink(RecordKind.PROGRAM, name.toLowerCase(), name, acronym), name, "");
    }

}
