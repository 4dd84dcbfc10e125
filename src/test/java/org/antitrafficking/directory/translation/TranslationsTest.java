package org.antitrafficking.directory.translation;

import java.time.Duration;

import org.antitrafficking.directory.support.Eventually;
import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A translation is shown on the Spanish page while it translates the English the record
 * holds; once the English changes, the Spanish page shows the new English, marked as
 * English, never the outdated Spanish, until the translation is brought up to date.
 */
@Tag("slow")
class TranslationsTest {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(10);

    private static final String LINE = "/hotlines/uscis-vawa-unit-helpline";

    private static TestDatabase.Connection database;

    private static RunningApplication app;

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startOnItsOwnDatabase() {
        database = TestDatabase.createDatabase("directory_translations");
        app = RunningApplication.start(database.jdbcUrl(), database.username(), database.password(),
                "directory.read-model.poll-interval=1s");
        jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        jdbc.update("DELETE FROM translation WHERE record_kind = 'hotline' AND field = 'audience'");
    }

    @AfterAll
    static void stopEverything() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void shouldShowATranslationUntilTheEnglishChangesAndTheCurrentEnglishAfter() throws InterruptedException {
        String english = jdbc.queryForObject("SELECT audience FROM hotline WHERE slug = 'uscis-vawa-unit-helpline'",
                String.class);
        waitForAudience(english, true);

        jdbc.update("""
                INSERT INTO translation (record_kind, record_id, field, language, text, english_sha256, written_by)
                SELECT 'hotline', id, 'audience', 'es', 'Abogados y defensores con un caso ya presentado (prueba)',
                       english_sha256(audience), 'test'
                FROM hotline WHERE slug = 'uscis-vawa-unit-helpline'""");
        waitForAudience("Abogados y defensores con un caso ya presentado (prueba)", false);
        assertThat(app.get(LINE).body()).as("the English page keeps its English").contains(english);

        String changed = english + " (changed by a test)";
        jdbc.update("UPDATE hotline SET audience = ? WHERE slug = 'uscis-vawa-unit-helpline'", changed);
        waitForAudience(changed, true);
        assertThat(app.get("/es" + LINE).body()).as("never the outdated Spanish").doesNotContain("(prueba)");

        jdbc.update("""
                UPDATE translation SET text = 'Abogados y defensores con un caso ya presentado (revisado)',
                       english_sha256 = english_sha256(h.audience), written_by = 'test', written_at = clock_timestamp()
                FROM hotline h
                WHERE translation.record_kind = 'hotline' AND translation.record_id = h.id
                  AND h.slug = 'uscis-vawa-unit-helpline' AND translation.field = 'audience'""");
        waitForAudience("Abogados y defensores con un caso ya presentado (revisado)", false);
    }

    /**
     * Waits until the Spanish page shows this audience, marked as English (with "(en
     * inglés)") or as the page's own language.
     */
    private static void waitForAudience(String text, boolean inEnglish) throws InterruptedException {
        Eventually.waitUntil(() -> {
            Element audience = audience();
            return audience != null && audience.text().startsWith(text);
        }, SHOWN_WITHIN);
        Element audience = audience();
        assertThat(audience).isNotNull();
        Element words = audience.selectFirst("span");
        assertThat(words.text()).isEqualTo(text);
        if (inEnglish) {
            assertThat(words.attr("lang")).isEqualTo("en");
            assertThat(audience.select(".in-english").text()).isEqualTo("(en inglés)");
        }
        else {
            assertThat(words.hasAttr("lang")).isFalse();
            assertThat(audience.select(".in-english")).isEmpty();
        }
    }

    private static Element audience() {
        RunningApplication.Response page = app.get("/es" + LINE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Language")).isEqualTo("es");
        return Jsoup.parse(page.body()).selectFirst("dl dt:contains(Para quién) + dd");
    }

    @Test
    void shouldRefuseATranslationTheSchemaDoesNotAllow() {
        String insert = """
                INSERT INTO translation (record_kind, record_id, field, language, text, english_sha256, written_by)
                SELECT 'hotline', id, ?, ?, ?, ?, 'test' FROM hotline WHERE slug = 'hsi-tip-line'""";
        String hash = "0".repeat(64);
        assertThatExceptionOfType(DataIntegrityViolationException.class).as("a language the site is not written in")
            .isThrownBy(() -> jdbc.update(insert, "hours", "fr", "24 heures", hash));
        assertThatExceptionOfType(DataIntegrityViolationException.class).as("no hash of the English")
            .isThrownBy(() -> jdbc.update(insert, "hours", "es", "24 horas", "not a hash"));
        assertThatExceptionOfType(DataIntegrityViolationException.class).as("an empty text")
            .isThrownBy(() -> jdbc.update(insert, "hours", "es", "  ", hash));
        assertThatExceptionOfType(DataIntegrityViolationException.class).as("a field name no form has")
            .isThrownBy(() -> jdbc.update(insert, "Hours; DROP", "es", "24 horas", hash));
        jdbc.update(insert, "channel-9-instructions", "es", "Diga «prueba»", hash);
        assertThatExceptionOfType(DataIntegrityViolationException.class).as("a second Spanish text for one field")
            .isThrownBy(() -> jdbc.update(insert, "channel-9-instructions", "es", "Otra (prueba)", hash));
    }

}
