package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.Highlighted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    private final Highlighter highlighter = new Highlighter(Map.<String, String>of()::get);

    @Test
    void shouldMarkTheWordsThatMatchAsTypedOrByStem() {
        Highlighted name = highlighter.highlight("Homeland Security Investigations", query("invest"), false, true);
        assertThat(name.parts()).containsExactly(new Highlighted.Part("Homeland Security ", false),
                new Highlighted.Part("Investigations", true));
        assertThat(highlighter.highlight("Stop trafficking, now.", query("trafficked"), true, false).html())
            .isEqualTo("Stop <mark>trafficking</mark>, now.");
    }

    @Test
    void shouldUseTheStemsItIsGiven() {
        Highlighter known = new Highlighter(Map.of("ports", "harbour")::get);
        assertThat(known.highlight("Ports of entry", query("harbour"), false, true).html())
            .isEqualTo("<mark>Ports</mark> of entry");
    }

    @Test
    void shouldMarkAOneLetterWordInNamesOnly() {
        assertThat(highlighter.highlight("T visa", query("t", "visa"), false, true).html())
            .isEqualTo("<mark>T</mark> <mark>visa</mark>");
        assertThat(highlighter.highlight("T visa", query("t", "visa"), true, false).html())
            .isEqualTo("T <mark>visa</mark>");
    }

    @Test
    void shouldGiveAShortDescriptionWhole() {
        String text = String.join(" ", words(60, 59)) + ".";
        assertThat(highlighter.highlight(text, query("border"), true, false).html())
            .isEqualTo(text.replace("border", "<mark>border</mark>"));
    }

    @Test
    void shouldCutALongDescriptionToTwoPassagesAroundItsFirstMatches() {
        List<String> words = words(200, 20, 100, 180);
        Highlighted snippet = highlighter.highlight(String.join(" ", words) + ".", query("border"), true, false);
        String first = String.join(" ", words.subList(10, 40));
        String second = String.join(" ", words.subList(90, 120));
        assertThat(snippet.html()).isEqualTo((first + " … " + second).replace("border", "<mark>border</mark>"));
        assertThat(snippet.parts()).filteredOn(Highlighted.Part::match).hasSize(2);
    }

    @Test
    void shouldNotOverlapPassagesAroundNearbyMatches() {
        List<String> words = words(200, 20, 45);
        Highlighted snippet = highlighter.highlight(String.join(" ", words), query("border"), true, false);
        assertThat(snippet.html())
            .isEqualTo((String.join(" ", words.subList(10, 40)) + " … " + String.join(" ", words.subList(40, 70)))
                .replace("border", "<mark>border</mark>"));
    }

    @Test
    void shouldGiveTheStartOfALongDescriptionWithoutAMatch() {
        List<String> words = words(100);
        assertThat(highlighter.highlight(String.join(" ", words), query("border"), true, false).html())
            .isEqualTo(String.join(" ", words.subList(0, 30)));
    }

    private static Query query(String... words) {
        return Query.of(List.of(words));
    }

    /** Words "w0", "w1" and so on, with "border" at the places given. */
    private static List<String> words(int count, int... borders) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + i);
        }
        for (int at : borders) {
            words.set(at, "border");
        }
        return words;
    }

}
