package org.antitrafficking.directory.readmodel.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dictionary is given one record per word, record i using the i-th word, so that the
 * postings of the terms found tell which words they are.
 */
class DictionaryTest {

    private static final List<String> WORDS = List.of("trafficking", "happy", "traffic", "sad", "happiness",
            "trafficked");

    private final Dictionary dictionary = dictionary(WORDS);

    @Test
    void shouldFindTheWordsBegunByAPrefixAsWrittenInDictionaryOrder() {
        assertThat(begunBy("traffic")).containsExactly("traffic", "trafficked", "trafficking");
        assertThat(begunBy("happ")).containsExactly("happiness", "happy");
        assertThat(begunBy("zebra")).isEmpty();
    }

    @Test
    void shouldFindTheWordsWhoseStemIsBegunByTheStem() {
        // "happy" does not begin with "happi", but its stem is "happi".
        assertThat(begunBy("happiness")).containsExactly("happiness", "happy");
        assertThat(begunBy("trafficked")).containsExactly("trafficked", "trafficking");
    }

    @Test
    void shouldGiveEachWordOnceThoughItMatchesAsWrittenAndByItsStem() {
        // "trafficked" begins with "traffic" and so does its stem, "traffick".
        Scoring scoring = new Scoring(WORDS.size(), new ScoringPool(WORDS.size()));
        int count = dictionary.termsBegunBy(word("traffic"), scoring);
        assertThat(count).isEqualTo(3);
        assertThat(scoring.terms).startsWith(3, 4, 5);
    }

    @Test
    void shouldGrowTheTermsOfAScoringForAShortPrefix() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            words.add("word" + (1000 + i));
        }
        Scoring scoring = new Scoring(words.size(), new ScoringPool(words.size()));
        int count = dictionary(words).termsBegunBy(word("wo"), scoring);
        assertThat(count).isEqualTo(200);
        assertThat(scoring.terms.length).isGreaterThanOrEqualTo(200);
        for (int i = 0; i < count; i++) {
            assertThat(scoring.terms[i]).isEqualTo(i);
        }
    }

    @Test
    void shouldKeepEachTermsPostings() {
        Map<String, IntList> postings = new HashMap<>();
        postings.computeIfAbsent("visa", key -> new IntList()).add((3 << 8) | Dictionary.IN_NAMES | 5);
        postings.get("visa").add((7 << 8) | 2);
        Dictionary visa = Dictionary.of(postings, Map.of("visa", "visa"));
        assertThat(visa.postings(0)).containsExactly((3 << 8) | Dictionary.IN_NAMES | 5, (7 << 8) | 2);
    }

    private List<String> begunBy(String typed) {
        Scoring scoring = new Scoring(WORDS.size(), new ScoringPool(WORDS.size()));
        int count = dictionary.termsBegunBy(word(typed), scoring);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            found.add(WORDS.get(dictionary.postings(scoring.terms[i])[0] >>> 8));
        }
        return found;
    }

    private static Query.Word word(String typed) {
        return new Query.Word(typed, EnglishWords.stem(typed));
    }

    private static Dictionary dictionary(List<String> words) {
        Map<String, IntList> postings = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        for (int doc = 0; doc < words.size(); doc++) {
            postings.computeIfAbsent(words.get(doc), key -> new IntList()).add(doc << 8);
            stems.put(words.get(doc), EnglishWords.stem(words.get(doc)));
        }
        return Dictionary.of(postings, stems);
    }

}
