package org.antitrafficking.directory.editor;

import java.time.Duration;
import java.util.Map;

import org.antitrafficking.directory.support.Eventually;
import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor sees the texts whose Spanish is out of date, reviews one in its form, and the
 * Spanish page shows it within seconds; a save made against English that changed since is
 * refused with nothing written, and each save is a revision of the field's Spanish.
 */
@Tag("slow")
class TranslationEditingTest {

    private static final String PASSWORD = "plum orchard at the quiet harbour";

    private static final String FORM = "/editor/translations/hotline/hsi-tip-line/hours";

    private static TestDatabase.Connection database;

    private static RunningApplication app;

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startOnItsOwnDatabase() {
        database = TestDatabase.createDatabase("directory_translating");
        app = RunningApplication.start(database.jdbcUrl(), database.username(), database.password(),
                "directory.read-model.poll-interval=1s");
        jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        jdbc.update("INSERT INTO editor (username, password_hash, must_change_password) VALUES ('ana', ?, false)",
                app.context().getBean(PasswordEncoder.class).encode(PASSWORD));
        // The English changes under the seed's Spanish, which is then out of date.
        jdbc.update("UPDATE hotline SET hours = '24 hours a day, 7 days a week' WHERE slug = 'hsi-tip-line'");
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
    void shouldListTheOutdatedSpanishAndShowTheReviewedOneOnTheSpanishPage() throws InterruptedException {
        EditorClient ana = signedIn();
        Document queue = Jsoup.parse(ana.get("/editor/translations").body());
        assertThat(queue.select("tbody tr")).first()
            .satisfies(row -> assertThat(row.select("a").attr("href")).isEqualTo(FORM))
            .satisfies(row -> assertThat(row.text()).contains("HSI Tip Line", "Hours", "Out of date"));
        Eventually.waitUntil(() -> spanishHours().contains("24 hours a day, 7 days a week"), Duration.ofSeconds(10));
        assertThat(spanishHours()).as("the English, marked, meanwhile").contains("(en inglés)");

        Document form = Jsoup.parse(ana.get(FORM).body());
        assertThat(form.select("blockquote[lang=en]").text()).isEqualTo("24 hours a day, 7 days a week");
        String hash = form.select("input[name=english]").val();
        EditorClient.Response saved = ana.post(FORM, Map.of("english", hash, "spanish", "Las 24 horas, los 7 días",
                "reason", "The English now says it in full.", "source", "dhs-in-action"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo("/editor/translations?saved");
        assertThat(jdbc.queryForMap("""
                SELECT t.text, t.written_by, t.english_sha256 = english_sha256(h.hours) AS current
                FROM translation t JOIN hotline h ON h.id = t.record_id AND t.record_kind = 'hotline'
                WHERE h.slug = 'hsi-tip-line' AND t.field = 'hours'"""))
            .containsEntry("text", "Las 24 horas, los 7 días")
            .containsEntry("written_by", "ana")
            .containsEntry("current", true);
        assertThat(jdbc.queryForMap("""
                SELECT r.value_after, r.reason, r.editor FROM revision r
                JOIN hotline h ON h.id = r.record_id AND r.record_kind = 'hotline'
                WHERE h.slug = 'hsi-tip-line' AND r.field = 'es-hours'"""))
            .containsEntry("value_after", "Las 24 horas, los 7 días")
            .containsEntry("editor", "ana");
        Eventually.waitUntil(() -> spanishHours().equals("Las 24 horas, los 7 días"), Duration.ofSeconds(10));
        assertThat(spanishHours()).isEqualTo("Las 24 horas, los 7 días");
        assertThat(Jsoup.parse(ana.get("/editor/translations").body()).select("a[href=" + FORM + "]")).isEmpty();

        // A second editor's form, read before the English changed again, saves nothing.
        String before = Jsoup.parse(ana.get(FORM).body()).select("input[name=english]").val();
        jdbc.update("UPDATE hotline SET hours = 'Around the clock' WHERE slug = 'hsi-tip-line'");
        EditorClient.Response late = ana.post(FORM, Map.of("english", before, "spanish", "Todo el día (tarde)",
                "reason", "A late save.", "source", "dhs-in-action"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(Jsoup.parse(late.body()).select("blockquote[lang=en]").text()).isEqualTo("Around the clock");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM translation WHERE text = 'Todo el día (tarde)'",
                Integer.class))
            .isZero();
    }

    @Test
    void shouldRefuseASaveWithoutSpanishReasonOrSourceAndWriteNothing() {
        EditorClient ana = signedIn();
        String hash = Jsoup.parse(ana.get("/editor/translations/hotline/hsi-tip-line/languages").body())
            .select("input[name=english]")
            .val();
        int revisions = jdbc.queryForObject("SELECT count(*) FROM revision", Integer.class);
        EditorClient.Response refused = ana.post("/editor/translations/hotline/hsi-tip-line/languages",
                Map.of("english", hash, "spanish", "<b>Intérpretes</b>", "reason", " ", "source", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select(".usa-error-message")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM revision", Integer.class)).isEqualTo(revisions);
        assertThat(ana.get("/editor/translations/hotline/no-such-line/hours").status()).isEqualTo(404);
        assertThat(ana.get("/editor/translations/hotline/hsi-tip-line/no-such-field").status()).isEqualTo(404);
    }

    @Test
    void shouldNeverFailNorEchoHostileInputUnescaped() {
        EditorClient ana = signedIn();
        String path = "/editor/translations/hotline/hsi-tip-line/description";
        String hash = Jsoup.parse(ana.get(path).body()).select("input[name=english]").val();
        java.util.List<String> values = java.util.List.of("<script>alert(1)</script>", "\" onfocus=\"alert(1)\" x=\"",
                "&#60;b&#62;", "x".repeat(60_000), "line\u0000break", "\u202Eevil", "", " ", "ok");
        for (String spanish : values) {
            for (String english : java.util.List.of(hash, "0".repeat(64), "<b>")) {
                for (String source : java.util.List.of("dhs-in-action", "no-such-source", "<i>")) {
                    EditorClient.Response answer = ana.post(path, Map.of("english", english, "spanish", spanish,
                            "reason", spanish.isBlank() ? "A fuzzed review" : spanish, "source", source));
                    assertThat(answer.status()).as("%s / %s / %s", spanish.length(), english, source)
                        .isIn(302, 400, 409);
                    assertThat(answer.body()).doesNotContain("<script>alert(1)</script>", "onfocus=\"alert(1)\"");
                }
            }
        }
    }

    private static String spanishHours() {
        Document page = Jsoup.parse(app.get("/es/hotlines/hsi-tip-line").body());
        return page.select("dl dt:contains(Horario) + dd").text();
    }

    private static EditorClient signedIn() {
        EditorClient editor = new EditorClient(app.port(), "198.51.100.77");
        assertThat(editor.signIn("ana", PASSWORD).location()).isEqualTo("/editor");
        return editor;
    }

}
