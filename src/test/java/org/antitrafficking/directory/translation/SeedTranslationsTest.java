package org.antitrafficking.directory.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's Spanish (V52): every text the directory translates has a Spanish text made
 * from the English it holds, with the same numbers, and in the glossary's words.
 */
class SeedTranslationsTest extends PageTest {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private List<Map<String, Object>> translations() {
        return jdbc.queryForList("""
                SELECT v.record_kind, v.slug, v.field, v.english, t.text,
                       t.english_sha256 = english_sha256(v.english) AS current
                FROM translatable_text v
                LEFT JOIN translation t ON t.record_kind = v.record_kind AND t.record_id = v.record_id
                     AND t.field = v.field AND t.language = 'es'
                ORDER BY 1, 2, 3""");
    }

    @Test
    void shouldTranslateEveryTextFromTheEnglishItHolds() {
        List<Map<String, Object>> texts = translations();
        assertThat(texts).hasSizeGreaterThan(150)
            .allSatisfy(row -> assertThat(row.get("text")).as("%s", row).isNotNull())
            .allSatisfy(row -> assertThat(row.get("current")).as("%s", row).isEqualTo(true));
    }

    @Test
    void shouldKeepEveryNumberAsTheEnglishWritesIt() {
        assertThat(translations()).allSatisfy(row -> assertThat(digits((String) row.get("text")))
            .as("%s %s %s", row.get("record_kind"), row.get("slug"), row.get("field"))
            .isEqualTo(digits((String) row.get("english"))));
    }

    @Test
    void shouldUseTheGlossarysTerms() {
        assertThat(translations()).allSatisfy(row -> assertThat(((String) row.get("text")).toLowerCase())
            .as("%s %s %s", row.get("record_kind"), row.get("slug"), row.get("field"))
            .doesNotContain("tráfico de personas", "trafico de personas", "alivio migratorio", "visado",
                    "presencia continua ", "ee.uu."));
        assertThat(translations()).filteredOn(row -> ((String) row.get("english")).contains("trafficking"))
            .extracting(row -> (String) row.get("text"))
            .anySatisfy(text -> assertThat(text).contains("trata de personas"));
    }

    /** A reader needs a source's name, never its address name (V53 fixed three). */
    @Test
    void shouldNameNoSourceByItsAddressName() {
        List<String> slugs = jdbc.queryForList("SELECT slug FROM source", String.class);
        assertThat(slugs).isNotEmpty();
        assertThat(translations())
            .allSatisfy(row -> assertThat((String) row.get("english"))
                .as("%s %s %s", row.get("record_kind"), row.get("slug"), row.get("field"))
                .doesNotContain(slugs))
            .allSatisfy(row -> assertThat((String) row.get("text")).doesNotContain(slugs));
    }

    private static List<String> digits(String text) {
        List<String> found = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            found.add(digits.group());
        }
        found.sort(null);
        return found;
    }

}
