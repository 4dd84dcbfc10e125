package org.antitrafficking.directory.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antitrafficking.directory.support.PageSafety;
import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and hostile values sent by a signed-in editor to every editor form
 * (a record's fields, its reason and source, a check, a restore, a suggestion's
 * decision), on an instance with a database of its own, since many are saved: markup and
 * scripts, SQL, template expressions, control characters, broken surrogates, huge and
 * empty values, fields that do not exist, versions that are not numbers. None gets a 5xx,
 * no page echoes a value unescaped, and every text the database took is free of markup.
 */
@Tag("slow")
class EditorFuzzTest {

    private static final Logger log = LoggerFactory.getLogger(EditorFuzzTest.class);

    private static final int SUBMISSIONS = Integer.getInteger("directory.fuzz.submissions", 2000);

    private static final long SEED = Long.getLong("directory.fuzz.seed", 14L);

    private static final String PASSWORD = "plum orchard at the quiet harbour";

    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>",
            "</option></select><svg/onload=alert(1)>", "javascript:alert(1)", "' OR '1'='1",
            "'; DROP TABLE revision; --", "1; SELECT pg_sleep(10)", "${7*7}", "#{7*7}", "[[${7*7}]]",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "{{7*7}}", "\r\nSet-Cookie: x=1", "\u0000",
            "nul\u0000inside", "\u202Ereversed", "\uD800", "\uDFFF\uD800", "\uFFFE", "&lt;script&gt;",
            "&#60;script&#62;", "<!--", "]]>", "\\", "e\u0301".repeat(500), "😀".repeat(1500), "\u001b[31mred",
            "\t\n\r\u000b\u000c", " ", "", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil>",
            "\" onfocus=\"alert(1)\" autofocus=\"", "1-800-FAKE-NUM", "+1 (202) 555-0100", "12", "yes", "no",
            "prevention, protection", "dhs", "hsi", "2025-13-45", "2025-01-01", "https://www.dhs.gov/",
            "x".repeat(5000), "y".repeat(60_000));

    private static final List<String> PAGES = List.of("/editor/records/hotline/hsi-tip-line",
            "/editor/records/program/blue-campaign", "/editor/records/agency/hsi", "/editor/records/department/dhs",
            "/editor/records/source/", "/editor/records/relief-type/", "/editor/records/task-force/",
            "/editor/records/program/new", "/editor/records/hotline/new");

    private static final Pattern FIELD = Pattern.compile("name=\"(f\\.[a-z0-9-]+)\"");

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private static RunningApplication instance;

    private static TestDatabase.Connection database;

    private static JdbcTemplate jdbc;

    private final Random random = new Random(SEED);

    @BeforeAll
    static void startOnADatabaseOfItsOwn() {
        database = TestDatabase.createDatabase("directory_editor_fuzz");
        instance = RunningApplication.start(database.jdbcUrl(), database.username(), database.password());
        jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        PasswordEncoder encoder = instance.context().getBean(PasswordEncoder.class);
        jdbc.update("INSERT INTO editor (username, password_hash, must_change_password) VALUES ('fuzz', ?, false)",
                encoder.encode(PASSWORD));
        jdbc.update("""
                INSERT INTO suggestion (record_kind, record_id, field, proposed_value, evidence)
                SELECT 'hotline', id, 'hours', 'Nine to five', 'https://www.ice.gov/' FROM hotline
                CROSS JOIN generate_series(1, 50)""");
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void shouldNeverFailNorEchoAValueUnescaped() {
        EditorClient editor = new EditorClient(instance.port(), "192.0.2.77");
        assertThat(editor.signIn("fuzz", PASSWORD).location()).isEqualTo("/editor");
        List<String> pages = new ArrayList<>();
        for (String page : PAGES) {
            pages.add(page.endsWith("/") ? page + firstSlug(page) : page);
        }
        List<String> sources = jdbc.queryForList("SELECT slug FROM source", String.class);
        List<Long> suggestions = jdbc.queryForList("SELECT id FROM suggestion", Long.class);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            String page = pick(pages);
            EditorClient.Response form = editor.get(page);
            assertThat(form.status()).isEqualTo(200);
            List<String> names = new ArrayList<>();
            Matcher field = FIELD.matcher(form.body());
            while (field.find()) {
                names.add(field.group(1));
            }
            Matcher version = VERSION.matcher(form.body());
            String current = version.find() ? version.group(1) : "0";
            Map<String, String> sent = new LinkedHashMap<>();
            String path;
            int what = random.nextInt(10);
            if (what < 6) {
                path = page;
                for (int n = random.nextInt(4); n >= 0; n--) {
                    sent.put(pick(names), value());
                }
                if (random.nextInt(20) == 0) {
                    sent.put("f." + value(), value());
                }
                if (page.endsWith("/new")) {
                    sent.put("slug", (random.nextInt(10) < 7) ? "fuzzed-record-" + i : value());
                }
                sent.put("version", (random.nextInt(10) < 8) ? current : value());
                sent.put("reason", (random.nextInt(10) < 7) ? "A fuzzed edit" : value());
                sent.put("source", (random.nextInt(10) < 8) ? pick(sources) : value());
            }
            else if (what < 7) {
                path = page + "/check";
                sent.put("source", (random.nextInt(2) == 0) ? pick(sources) : value());
                sent.put("note", value());
            }
            else if (what < 8) {
                path = page + "/restore";
                sent.put("revision", (random.nextInt(2) == 0) ? String.valueOf(random.nextInt(50)) : value());
                sent.put("version", current);
                sent.put("reason", value());
                sent.put("source", pick(sources));
            }
            else if (what < 9) {
                path = "/editor/suggestions/" + pick(suggestions) + (random.nextBoolean() ? "/accept" : "/reject");
                sent.put("reason", value());
                sent.put("source", (random.nextInt(2) == 0) ? pick(sources) : value());
            }
            else {
                path = "/editor/sources/new";
                for (String name : List.of("title", "publisher", "date-label", "published-on", "url", "summary",
                        "reason")) {
                    sent.put(name, (random.nextInt(4) == 0) ? "A plain " + name + " " + i : value());
                }
            }
            EditorClient.Response answer = editor.post(path, sent);
            statuses.merge(answer.status(), 1, Integer::sum);
            assertThat(answer.status()).as("answer %d to %s: %s", i, path, printable(sent.toString()))
                .isBetween(200, 499)
                .isNotEqualTo(403);
            assertNothingEchoedUnescaped(answer, sent, form.body());
        }
        log.info("{} editor submissions (seed {}), by status: {}", SUBMISSIONS, SEED, statuses);
        assertThat(statuses).as("saved, refused, in conflict").containsKeys(302, 400);
        assertThat(jdbc.queryForObject(
                """
                        SELECT count(*) FROM revision
                        WHERE value_after ~ '<\\s*[A-Za-z/!?]' OR value_after LIKE '%&#%' OR value_after ~ '[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F]'""",
                Long.class))
            .as("revisions holding markup or control characters")
            .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM revision", Long.class)).as("edits saved").isPositive();
    }

    private String firstSlug(String page) {
        String table = switch (page) {
            case "/editor/records/source/" -> "source";
            case "/editor/records/relief-type/" -> "relief_type";
            default -> "task_force";
        };
        return jdbc.queryForObject("SELECT slug FROM " + table + " ORDER BY id LIMIT 1", String.class);
    }

    private String value() {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return pick(HOSTILE);
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(10);
            if (c < 5) {
                text.append("<>&\"'`=/\\;%#{}$".charAt(random.nextInt(15)));
            }
            else if (c < 7) {
                text.append((char) random.nextInt(32));
            }
            else {
                text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return text.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.chars()
            .limit(400)
            .forEach(
                    (c) -> printable.append((c >= ' ' && c < 127) ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return printable.toString();
    }

    private static void assertNothingEchoedUnescaped(EditorClient.Response answer, Map<String, String> sent,
            String blankForm) {
        String body = answer.body();
        for (String value : sent.values()) {
            if (value.length() > 3 && value.contains("<") && !blankForm.contains(value)) {
                assertThat(body).as("a value with markup, as sent").doesNotContain(value);
            }
        }
        assertThat(PageSafety.problemsOf(body)).as("what an editor's words made of the page").isEmpty();
    }

}
