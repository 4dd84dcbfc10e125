package org.antitrafficking.directory.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antitrafficking.directory.support.Eventually;
import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' tools over real HTTP, on two instances sharing a database of their own (so
 * the edits change no other test's seed): an edit saved on one instance is a revision at
 * once and shows on the other's public page within 5 s; a second editor's save of an
 * older version gets a conflict page with both values and overwrites nothing; markup is
 * refused and shown back escaped; a phone number's dial form is derived; an earlier value
 * is restored as a new revision; a check changes nothing but the check; a suggestion is
 * accepted as an edit or rejected with a reason; and every new address is closed to
 * anyone not signed in or without the form's CSRF token.
 */
@Tag("slow")
class RecordEditingTest {

    private static final String PASSWORD = "plum orchard at the quiet harbour";

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(5);

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private static final List<RunningApplication> instances = new ArrayList<>();

    private static TestDatabase.Connection database;

    private static JdbcTemplate jdbc;

    private static int addresses;

    @BeforeAll
    static void startTwoInstancesOnTheirOwnDatabase() {
        database = TestDatabase.createDatabase("directory_editing");
        List<CompletableFuture<RunningApplication>> starting = List.of(start(), start());
        starting.forEach((instance) -> instances.add(instance.join()));
        jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        PasswordEncoder encoder = instances.get(0).context().getBean(PasswordEncoder.class);
        for (String name : List.of("alice", "bob")) {
            jdbc.update("INSERT INTO editor (username, password_hash, must_change_password) VALUES (?, ?, false)", name,
                    encoder.encode(PASSWORD));
        }
    }

    private static CompletableFuture<RunningApplication> start() {
        return CompletableFuture.supplyAsync(() -> RunningApplication.start(database.jdbcUrl(), database.username(),
                database.password(), "directory.read-model.poll-interval=1s"));
    }

    @AfterAll
    static void stopEverything() {
        instances.forEach(RunningApplication::close);
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void shouldSaveAnEditAsARevisionAndShowItOnTheOtherInstanceWithinFiveSeconds() throws InterruptedException {
        EditorClient alice = signedIn("alice");
        String path = "/editor/records/hotline/hsi-tip-line";
        String before = jdbc.queryForObject("SELECT hours FROM hotline WHERE slug = 'hsi-tip-line'", String.class);
        long dataVersion = dataVersion();
        EditorClient.Response saved = alice.post(path,
                Map.of("version", version(alice.get(path)), "f.hours", "Weekdays, 8 to 8 (an editor's test)", "reason",
                        "The line's page says so now.", "source", citedSource("hotline", "hsi-tip-line")));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo(path + "?saved");
        assertThat(jdbc.queryForObject("SELECT hours FROM hotline WHERE slug = 'hsi-tip-line'", String.class))
            .isEqualTo("Weekdays, 8 to 8 (an editor's test)");
        assertThat(jdbc.queryForMap("""
                SELECT r.value_before, r.value_after, r.reason, r.editor FROM revision r
                JOIN hotline h ON h.id = r.record_id AND r.record_kind = 'hotline'
                WHERE h.slug = 'hsi-tip-line' AND r.field = 'hours'""")).containsEntry("value_before", before)
            .containsEntry("value_after", "Weekdays, 8 to 8 (an editor's test)")
            .containsEntry("reason", "The line's page says so now.")
            .containsEntry("editor", "alice");
        assertThat(dataVersion()).isGreaterThan(dataVersion);
        Duration took = Eventually.waitUntil(() -> instances.get(1)
            .get("/hotlines/hsi-tip-line")
            .body()
            .contains("Weekdays, 8 to 8 (an editor&#39;s test)"), SHOWN_WITHIN);
        assertThat(took).isLessThanOrEqualTo(SHOWN_WITHIN);
        assertThat(instances.get(1).get("/hotlines/hsi-tip-line").body()).contains("The line&#39;s page says so now.");
        assertThat(alice.get(path + "?saved").body()).contains("Weekdays, 8 to 8").contains("alice");
    }

    @Test
    void shouldGiveTheSecondEditorOfTheSameVersionAConflictWithBothValues() {
        EditorClient alice = signedIn("alice");
        EditorClient bob = signedIn("bob");
        String path = "/editor/records/hotline/national-human-trafficking-hotline";
        String version = version(alice.get(path));
        assertThat(version(bob.get(path))).isEqualTo(version);
        String source = citedSource("hotline", "national-human-trafficking-hotline");
        assertThat(alice
            .post(path, Map.of("version", version, "f.languages", "Alice's languages", "reason", "First save", "source",
                    source))
            .status()).isEqualTo(302);
        EditorClient.Response conflict = bob.post(path, Map.of("version", version, "f.languages", "Bob's languages",
                "reason", "Second save", "source", source));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("id=\"conflict\"")
            .contains("Alice&#39;s languages")
            .contains("Bob&#39;s languages");
        assertThat(jdbc.queryForObject(
                "SELECT languages FROM hotline WHERE slug = 'national-human-trafficking-hotline'", String.class))
            .isEqualTo("Alice's languages");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM revision WHERE reason = 'Second save'", Long.class))
            .isZero();
        // The conflict page's form holds the version now: saving it again is a deliberate
        // choice.
        assertThat(version(conflict)).isNotEqualTo(version);
    }

    @Test
    void shouldAddAWebPageAsASourceThatAnEditCanCite() throws InterruptedException {
        EditorClient alice = signedIn("alice");
        alice.get("/editor/sources/new");
        Map<String, String> page = Map.of("title", "Contact ICE: HSI Tip Line (test page)", "publisher",
                "U.S. Immigration and Customs Enforcement", "date-label", "Last reviewed 2026-11-30", "published-on",
                "2026-11-30", "url", "https://www.ice.gov/webform/hsi-tip-form", "summary",
                "The tip line's own page, with its hours.", "reason", "The line's page gives its hours.");
        Map<String, String> withoutAddress = new HashMap<>(page);
        withoutAddress.put("url", "");
        assertThat(alice.post("/editor/sources/new", withoutAddress).status()).isEqualTo(400);
        Map<String, String> withMarkup = new HashMap<>(page);
        withMarkup.put("summary", "<script>alert(1)</script>");
        EditorClient.Response refused = alice.post("/editor/sources/new", withMarkup);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("<script>alert(1)");

        EditorClient.Response added = alice.post("/editor/sources/new", page);
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).isEqualTo("/editor/records/source/contact-ice-hsi-tip-line-test-page?saved");
        assertThat(jdbc.queryForMap("SELECT kind, url, file_name FROM source WHERE slug = ?",
                "contact-ice-hsi-tip-line-test-page"))
            .containsEntry("kind", "web-page")
            .containsEntry("url", "https://www.ice.gov/webform/hsi-tip-form")
            .containsEntry("file_name", null);
        assertThat(alice.post("/editor/sources/new", page).status()).as("the same title again").isEqualTo(400);

        String path = "/editor/records/hotline/hsi-tip-line";
        assertThat(alice
            .post(path,
                    Map.of("version", version(alice.get(path)), "f.languages", "English, Spanish and more (test)",
                            "reason", "As the new source says", "source", "contact-ice-hsi-tip-line-test-page"))
            .status()).isEqualTo(302);
        assertThat(Eventually.waitUntil(() -> instances.get(1)
            .get("/sources/contact-ice-hsi-tip-line-test-page")
            .body()
            .contains("https://www.ice.gov/webform/hsi-tip-form"), SHOWN_WITHIN)).isLessThanOrEqualTo(SHOWN_WITHIN);
        assertThat(instances.get(1).get("/export/sources.csv").body().lines())
            .filteredOn((row) -> row.startsWith("contact-ice-hsi-tip-line-test-page,"))
            .singleElement()
            .asString()
            .contains(",web-page,");
    }

    @Test
    void shouldRetireALineSoThatListsLeaveItOutAndItsPageSaysWhyThenBringItBack() throws InterruptedException {
        EditorClient alice = signedIn("alice");
        Map<String, Object> line = jdbc.queryForMap("""
                SELECT slug, name FROM hotline
                WHERE slug NOT IN ('hsi-tip-line', 'national-human-trafficking-hotline') ORDER BY slug DESC LIMIT 1""");
        String slug = (String) line.get("slug");
        String path = "/editor/records/hotline/" + slug;
        String source = citedSource("hotline", slug);
        assertThat(alice
            .post(path, Map.of("version", version(alice.get(path)), "f.retired", "The line was switched off (a test)",
                    "reason", "Its agency says so", "source", source))
            .status()).isEqualTo(302);
        assertThat(jdbc.queryForMap("SELECT retired_on, retired_reason FROM hotline WHERE slug = ?", slug))
            .containsEntry("retired_reason", "The line was switched off (a test)")
            .containsEntry("retired_on", java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        RunningApplication other = instances.get(1);
        assertThat(Eventually.waitUntil(() -> other.get("/hotlines/" + slug).status() == 410, SHOWN_WITHIN))
            .isLessThanOrEqualTo(SHOWN_WITHIN);
        assertThat(other.get("/hotlines/" + slug).body()).contains("The line was switched off (a test)")
            .contains("was retired");
        assertThat(other.get("/hotlines").body()).doesNotContain("/hotlines/" + slug + "\"");
        assertThat(other.get("/api/v1/hotlines").body()).doesNotContain("\"" + slug + "\"");
        assertThat(other.get("/sitemap.xml").body()).doesNotContain("/hotlines/" + slug + "<");

        EditorClient.Response refused = alice.post("/editor/records/department/dhs",
                Map.of("version", version(alice.get("/editor/records/department/dhs")), "f.retired", "Closed", "reason",
                        "A test", "source", "dhs-in-action"));
        assertThat(refused.status()).as("a department its agencies point at").isEqualTo(400);
        assertThat(refused.body()).contains("point at this one");
        assertThat(jdbc.queryForObject("SELECT retired_on FROM department WHERE slug = 'dhs'", java.sql.Date.class))
            .isNull();

        assertThat(alice
            .post(path,
                    Map.of("version", version(alice.get(path)), "f.retired", "", "reason", "Switched on again",
                            "source", source))
            .status()).isEqualTo(302);
        assertThat(Eventually.waitUntil(() -> other.get("/hotlines/" + slug).status() == 200, SHOWN_WITHIN))
            .isLessThanOrEqualTo(SHOWN_WITHIN);
    }

    @Test
    void shouldEditATaskForcesMembersAndAProgramsOperatorsLineByLine() {
        EditorClient alice = signedIn("alice");
        String taskForce = jdbc.queryForObject(
                """
                        SELECT t.slug FROM task_force t WHERE EXISTS (SELECT FROM task_force_member m WHERE m.task_force_id = t.id)
                        ORDER BY t.slug DESC LIMIT 1""",
                String.class);
        String path = "/editor/records/task-force/" + taskForce;
        String agency = jdbc.queryForObject("""
                SELECT c.slug FROM component c WHERE NOT EXISTS (SELECT FROM task_force_member m JOIN task_force t
                ON t.id = m.task_force_id WHERE t.slug = ? AND m.component_id = c.id) ORDER BY c.slug LIMIT 1""",
                String.class, taskForce);
        String members = jdbc.queryForList("""
                SELECT m.role || ' ' || CASE WHEN m.department_id IS NOT NULL THEN 'department/' || d.slug
                                             ELSE 'agency/' || c.slug END
                FROM task_force_member m JOIN task_force t ON t.id = m.task_force_id
                LEFT JOIN department d ON d.id = m.department_id LEFT JOIN component c ON c.id = m.component_id
                WHERE t.slug = ? ORDER BY 1""", String.class, taskForce)
            .stream()
            .collect(java.util.stream.Collectors.joining("\n"));
        String source = jdbc.queryForObject("""
                SELECT s.slug FROM source s JOIN task_force_source c ON c.source_id = s.id
                JOIN task_force t ON t.id = c.task_force_id WHERE t.slug = ? ORDER BY s.slug LIMIT 1""", String.class,
                taskForce);
        assertThat(alice
            .post(path, Map.of("version", version(alice.get(path)), "f.members",
                    members + "\nsupporter agency/" + agency, "reason", "A new member", "source", source))
            .status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("""
                SELECT m.role FROM task_force_member m JOIN task_force t ON t.id = m.task_force_id
                JOIN component c ON c.id = m.component_id WHERE t.slug = ? AND c.slug = ?""", String.class, taskForce,
                agency))
            .isEqualTo("supporter");
        assertThat(alice
            .post(path, Map.of("version", version(alice.get(path)), "f.members", "chair agency/" + agency, "reason",
                    "Not a role", "source", source))
            .status()).isEqualTo(400);

        String program = "blue-campaign";
        String programPath = "/editor/records/program/" + program;
        String programSource = jdbc.queryForObject("""
                SELECT s.slug FROM source s JOIN program_source c ON c.source_id = s.id
                JOIN program p ON p.id = c.program_id WHERE p.slug = ? ORDER BY s.slug LIMIT 1""", String.class,
                program);
        assertThat(
                alice
                    .post(programPath,
                            Map.of("version", version(alice.get(programPath)), "f.operators",
                                    "runs hsi\nsupports " + agency, "reason", "Who runs it", "source", programSource))
                    .status())
            .isEqualTo(302);
        assertThat(jdbc.queryForList("""
                SELECT o.role || ' ' || c.slug FROM program_component o JOIN program p ON p.id = o.program_id
                JOIN component c ON c.id = o.component_id WHERE p.slug = ? ORDER BY 1""", String.class, program))
            .containsExactlyInAnyOrder("runs hsi", "supports " + agency);
    }

    @Test
    void shouldAddAWayToReachALineWithItsDigitsDerivedThenTakeItAwayAgain() throws InterruptedException {
        EditorClient alice = signedIn("alice");
        String slug = jdbc.queryForObject("""
                SELECT h.slug FROM hotline h WHERE h.slug <> 'hsi-tip-line'
                AND h.slug <> 'national-human-trafficking-hotline' AND h.slug NOT LIKE 'editors-test-%'
                ORDER BY h.slug DESC LIMIT 1""", String.class);
        String path = "/editor/records/hotline/" + slug;
        String source = jdbc.queryForObject("SELECT slug FROM source ORDER BY id DESC LIMIT 1", String.class);
        int channels = jdbc.queryForObject("""
                SELECT count(*) FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id WHERE h.slug = ?""",
                Integer.class, slug);
        assertThat(alice
            .post(path, Map.of("version", version(alice.get(path)), "f.new-channel-kind", "text", "reason",
                    "A kind without a number", "source", source))
            .status()).isEqualTo(400);
        assertThat(alice.post(path,
                Map.of("version", version(alice.get(path)), "f.new-channel-kind", "chat", "f.new-channel-value",
                        "Live chat", "reason", "A chat without its address", "source", source))
            .status()).isEqualTo(400);
        assertThat(alice.post(path,
                Map.of("version", version(alice.get(path)), "f.new-channel-kind", "text", "f.new-channel-value",
                        "233733", "f.new-channel-instructions", "Send HELP", "reason", "The source gives a text line",
                        "source", source))
            .status()).isEqualTo(302);
        Map<String, Object> added = jdbc.queryForMap(
                """
                        SELECT c.position, c.kind, c.display_value, c.dial, c.instructions, s.slug AS source,
                               EXISTS (SELECT FROM hotline_source hs WHERE hs.hotline_id = h.id AND hs.source_id = s.id) AS cited
                        FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id JOIN source s ON s.id = c.source_id
                        WHERE h.slug = ? ORDER BY c.position DESC LIMIT 1""",
                slug);
        assertThat(added).containsEntry("kind", "text")
            .containsEntry("display_value", "233733")
            .containsEntry("dial", "233733")
            .containsEntry("instructions", "Send HELP")
            .containsEntry("source", source)
            .containsEntry("cited", true)
            .containsEntry("position", channels + 1);
        String field = "channel-" + added.get("position") + "-value";
        assertThat(jdbc.queryForList("""
                SELECT coalesce(r.value_before, '-') || ' > ' || r.value_after FROM revision r
                JOIN hotline h ON h.id = r.record_id AND r.record_kind = 'hotline' WHERE h.slug = ? AND r.field = ?""",
                String.class, slug, field))
            .containsExactly("- > 233733");
        assertThat(Eventually.waitUntil(() -> instances.get(1).get("/hotlines/" + slug).body().contains("sms:233733"),
                SHOWN_WITHIN))
            .isLessThanOrEqualTo(SHOWN_WITHIN);

        assertThat(
                alice
                    .post(path,
                            Map.of("version", version(alice.get(path)), "f." + field, "", "reason",
                                    "The text line closed", "source", source))
                    .status())
            .isEqualTo(302);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id WHERE h.slug = ?""",
                Integer.class, slug))
            .isEqualTo(channels);
        assertThat(jdbc.queryForObject("""
                SELECT r.value_before FROM revision r JOIN hotline h ON h.id = r.record_id AND r.record_kind = 'hotline'
                WHERE h.slug = ? AND r.field = ? AND r.value_after IS NULL""", String.class, slug, field))
            .isEqualTo("233733");

        String single = jdbc.queryForObject("""
                SELECT h.slug FROM hotline h JOIN hotline_channel c ON c.hotline_id = h.id
                GROUP BY h.slug HAVING count(*) = 1 ORDER BY h.slug LIMIT 1""", String.class);
        String singlePath = "/editor/records/hotline/" + single;
        EditorClient.Response refused = alice.post(singlePath, Map.of("version", version(alice.get(singlePath)),
                "f.channel-1-value", "", "reason", "Taking the only number away", "source", source));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("the only way to reach the line");
    }

    @Test
    void shouldEditALinesOperatorAFormOfReliefsAgenciesAndAProgramsFigures() {
        EditorClient alice = signedIn("alice");
        String source = jdbc.queryForObject("SELECT slug FROM source ORDER BY id DESC LIMIT 1", String.class);

        String hotline = jdbc.queryForObject("""
                SELECT slug FROM hotline WHERE slug <> 'hsi-tip-line' AND slug <> 'national-human-trafficking-hotline'
                AND slug NOT LIKE 'editors-test-%' ORDER BY slug LIMIT 1 OFFSET 1""", String.class);
        String hotlinePath = "/editor/records/hotline/" + hotline;
        assertThat(alice
            .post(hotlinePath,
                    Map.of("version", version(alice.get(hotlinePath)), "f.operator",
                            "answers agency/hsi\nfunds department/dhs", "reason", "Two bodies", "source", source))
            .status()).isEqualTo(400);
        assertThat(alice
            .post(hotlinePath, Map.of("version", version(alice.get(hotlinePath)), "f.operator", "answers agency/hsi",
                    "reason", "HSI answers it", "source", source))
            .status()).isEqualTo(302);
        assertThat(jdbc.queryForMap("""
                SELECT d.slug AS department, c.slug AS agency, h.operator_role FROM hotline h
                JOIN department d ON d.id = h.department_id JOIN component c ON c.id = h.component_id
                WHERE h.slug = ?""", hotline)).containsEntry("department", "dhs")
            .containsEntry("agency", "hsi")
            .containsEntry("operator_role", "answers");

        String relief = jdbc.queryForObject("""
                SELECT r.slug FROM relief_type r WHERE EXISTS (SELECT FROM relief_type_component x
                WHERE x.relief_type_id = r.id) ORDER BY r.slug LIMIT 1""", String.class);
        String reliefPath = "/editor/records/relief-type/" + relief;
        List<String> handlers = jdbc.queryForList(
                """
                        SELECT x.role || ' ' || c.slug FROM relief_type_component x JOIN relief_type r ON r.id = x.relief_type_id
                        JOIN component c ON c.id = x.component_id WHERE r.slug = ? ORDER BY 1""",
                String.class, relief);
        String extra = jdbc.queryForObject("""
                SELECT c.slug FROM component c WHERE NOT EXISTS (SELECT FROM relief_type_component x
                JOIN relief_type r ON r.id = x.relief_type_id WHERE r.slug = ? AND x.component_id = c.id)
                ORDER BY c.slug LIMIT 1""", String.class, relief);
        assertThat(alice.post(reliefPath,
                Map.of("version", version(alice.get(reliefPath)), "f.handlers",
                        String.join("\n", handlers.subList(1, handlers.size())) + "\nsupports " + extra, "reason",
                        "Who handles it now", "source", source))
            .status()).isEqualTo(302);
        List<String> expected = new ArrayList<>(handlers.subList(1, handlers.size()));
        expected.add("supports " + extra);
        assertThat(jdbc.queryForList(
                """
                        SELECT x.role || ' ' || c.slug FROM relief_type_component x JOIN relief_type r ON r.id = x.relief_type_id
                        JOIN component c ON c.id = x.component_id WHERE r.slug = ?""",
                String.class, relief))
            .containsExactlyInAnyOrderElementsOf(expected);

        String program = jdbc.queryForObject("""
                SELECT p.slug FROM program p WHERE EXISTS (SELECT FROM figure f WHERE f.program_id = p.id)
                ORDER BY p.slug LIMIT 1""", String.class);
        String programPath = "/editor/records/program/" + program;
        Map<String, Object> first = jdbc.queryForMap("""
                SELECT f.id, f.value || ' | ' || f.label AS line, f.source_id FROM figure f JOIN program p
                ON p.id = f.program_id WHERE p.slug = ? ORDER BY f.position LIMIT 1""", program);
        String kept = (String) first.get("line");
        int figures = jdbc.queryForObject(
                "SELECT count(*) FROM figure f JOIN program p ON p.id = f.program_id WHERE p.slug = ?", Integer.class,
                program);
        String others = jdbc.queryForList("""
                SELECT f.value || ' | ' || f.label FROM figure f JOIN program p ON p.id = f.program_id
                WHERE p.slug = ? ORDER BY f.position OFFSET 1""", String.class, program)
            .stream()
            .map((line) -> "\n" + line)
            .collect(java.util.stream.Collectors.joining());
        assertThat(alice
            .post(programPath, Map.of("version", version(alice.get(programPath)), "f.figures",
                    "7 | offices in the test\n" + kept + others, "reason", "A new figure first", "source", source))
            .status()).isEqualTo(302);
        List<Map<String, Object>> now = jdbc.queryForList("""
                SELECT f.id, f.value || ' | ' || f.label AS line, f.position, s.slug AS source, f.source_id
                FROM figure f JOIN program p ON p.id = f.program_id JOIN source s ON s.id = f.source_id
                WHERE p.slug = ? ORDER BY f.position""", program);
        assertThat(now).hasSize(figures + 1);
        assertThat(now.get(0)).containsEntry("line", "7 | offices in the test")
            .containsEntry("position", 1)
            .containsEntry("source", source);
        assertThat(now.get(1)).containsEntry("line", kept)
            .containsEntry("id", first.get("id"))
            .containsEntry("source_id", first.get("source_id"))
            .containsEntry("position", 2);
        assertThat(
                alice
                    .post(programPath, Map.of("version", version(alice.get(programPath)), "f.figures", kept + others,
                            "reason", "The test figure goes", "source", source))
                    .status())
            .isEqualTo(302);
        assertThat(jdbc.queryForList("""
                SELECT f.value || ' | ' || f.label || ' @' || f.position FROM figure f
                JOIN program p ON p.id = f.program_id WHERE p.slug = ? ORDER BY f.position LIMIT 1""", String.class,
                program))
            .containsExactly(kept + " @1");
        assertThat(alice
            .post(programPath, Map.of("version", version(alice.get(programPath)), "f.figures", "seven offices",
                    "reason", "No bar", "source", source))
            .status()).isEqualTo(400);
    }

    @Test
    void shouldAddAProgramAndAHotlineThatEveryInstanceShowsWithAHistoryStartingAtTheirAddition()
            throws InterruptedException {
        EditorClient alice = signedIn("alice");
        String source = jdbc.queryForObject("SELECT slug FROM source ORDER BY id DESC LIMIT 1", String.class);
        String path = "/editor/records/program/new";
        EditorClient.Response form = alice.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"slug\"").contains("name=\"f.department\"").doesNotContain("f.retired");

        Map<String, String> program = new HashMap<>(Map.of("slug", "editors-test-program", "f.name",
                "Editors' Test Program", "f.kind", "training", "f.department", "dhs", "f.functions", "prevention",
                "f.description", "A training an editor added from its source.", "reason", "The source announces it",
                "source", source));
        Map<String, String> noDescription = new HashMap<>(program);
        noDescription.remove("f.description");
        EditorClient.Response refused = alice.post(path, noDescription);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("usa-error-message").contains("Editors&#39; Test Program");
        for (String slug : List.of("new", "Editors Test", "blue-campaign", "")) {
            Map<String, String> badSlug = new HashMap<>(program);
            badSlug.put("slug", slug);
            assertThat(alice.post(path, badSlug).status()).as("address name %s", slug).isEqualTo(400);
        }
        Map<String, String> takenName = new HashMap<>(program);
        takenName.put("slug", "another-editors-test-program");
        takenName.put("f.name",
                jdbc.queryForObject("SELECT name FROM program WHERE slug = 'blue-campaign'", String.class));
        assertThat(alice.post(path, takenName).status()).as("a name in use").isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM program WHERE slug LIKE '%editors-test-program'",
                Integer.class))
            .isZero();

        EditorClient.Response added = alice.post(path, program);
        assertThat(added.status()).as(() -> problemsOn(added)).isEqualTo(302);
        assertThat(added.location()).isEqualTo("/editor/records/program/editors-test-program?saved");
        assertThat(jdbc.queryForMap("""
                SELECT p.name, d.slug AS department, (SELECT string_agg(s.slug, ',') FROM program_source c
                JOIN source s ON s.id = c.source_id WHERE c.program_id = p.id) AS sources
                FROM program p JOIN department d ON d.id = p.department_id WHERE p.slug = 'editors-test-program'"""))
            .containsEntry("name", "Editors' Test Program")
            .containsEntry("department", "dhs")
            .containsEntry("sources", source);
        assertThat(jdbc.queryForList("""
                SELECT r.field FROM revision r JOIN program p ON p.id = r.record_id AND r.record_kind = 'program'
                WHERE p.slug = 'editors-test-program' AND r.value_before IS NULL ORDER BY r.id""", String.class))
            .startsWith("slug", "name", "kind", "department")
            .contains("functions", "description", "sources");
        assertThat(Eventually.waitUntil(() -> instances.get(1)
            .get("/programs/editors-test-program")
            .body()
            .contains("A training an editor added from its source."), SHOWN_WITHIN)).isLessThanOrEqualTo(SHOWN_WITHIN);
        assertThat(instances.get(1).get("/programs/editors-test-program").body()).contains("The source announces it");

        EditorClient.Response hotline = alice.post("/editor/records/hotline/new",
                Map.of("slug", "editors-test-line", "f.name", "Editors' Test Line", "f.new-channel-kind", "voice",
                        "f.new-channel-value", "1-800-555-0100", "f.description", "A line an editor added.", "reason",
                        "The source lists it", "source", source));
        assertThat(hotline.status()).as(() -> problemsOn(hotline)).isEqualTo(302);
        assertThat(jdbc.queryForMap("""
                SELECT c.display_value, c.dial, c.position FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                WHERE h.slug = 'editors-test-line'""")).containsEntry("display_value", "1-800-555-0100")
            .containsEntry("dial", "+18005550100")
            .containsEntry("position", 1);
        assertThat(Eventually.waitUntil(
                () -> instances.get(1).get("/hotlines/editors-test-line").body().contains("tel:+18005550100"),
                SHOWN_WITHIN))
            .isLessThanOrEqualTo(SHOWN_WITHIN);
        assertThat(alice.get("/editor/records/source/new").status()).as("a source has a form of its own")
            .isEqualTo(404);
    }

    @Test
    void shouldLetExactlyOneOfEightEditorsSavingTheSameVersionAtOnceWin() throws Exception {
        String slug = jdbc.queryForObject("SELECT slug FROM relief_type ORDER BY id LIMIT 1", String.class);
        String path = "/editor/records/relief-type/" + slug;
        String source = citedSource("relief-type", slug);
        List<EditorClient> editors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            editors.add(signedIn((i % 2 == 0) ? "alice" : "bob"));
        }
        List<String> versions = editors.stream().map((editor) -> version(editor.get(path))).distinct().toList();
        assertThat(versions).hasSize(1);
        CountDownLatch ready = new CountDownLatch(editors.size());
        ExecutorService threads = Executors.newFixedThreadPool(editors.size());
        List<CompletableFuture<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < editors.size(); i++) {
            EditorClient editor = editors.get(i);
            String value = "At most " + (1000 + i) + " a year";
            saves.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    ready.await();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                return editor
                    .post(path, Map.of("version", versions.get(0), "f.annual-limit", value, "reason", "Concurrent save",
                            "source", source))
                    .status();
            }, threads));
        }
        List<Integer> statuses = saves.stream().map(CompletableFuture::join).sorted().toList();
        threads.shutdown();
        assertThat(statuses).containsExactly(302, 409, 409, 409, 409, 409, 409, 409);
        List<String> saved = jdbc.queryForList("""
                SELECT r.value_after FROM revision r JOIN relief_type t ON t.id = r.record_id
                WHERE r.record_kind = 'relief-type' AND t.slug = ? AND r.field = 'annual-limit'""", String.class, slug);
        assertThat(saved).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT annual_limit FROM relief_type WHERE slug = ?", String.class, slug))
            .isEqualTo(saved.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "<script>alert(1)</script>", "Nine <b>to</b> five", "&#60;img src=x&#62;",
            "Weekdays\u0000", "Line one\nline two" })
    void shouldRefuseMarkupControlCharactersAndLineBreaksInAFieldOfOneLine(String hostile) {
        EditorClient alice = signedIn("alice");
        String path = "/editor/records/hotline/hsi-tip-line";
        String before = jdbc.queryForObject("SELECT audience FROM hotline WHERE slug = 'hsi-tip-line'", String.class);
        EditorClient.Response refused = alice.post(path, Map.of("version", version(alice.get(path)), "f.audience",
                hostile, "reason", "Testing", "source", citedSource("hotline", "hsi-tip-line")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("<script>alert")
            .doesNotContain("<b>to</b>")
            .contains("usa-error-message");
        assertThat(jdbc.queryForObject("SELECT audience FROM hotline WHERE slug = 'hsi-tip-line'", String.class))
            .isEqualTo(before);
    }

    @Test
    void shouldDeriveTheDialledDigitsAndRestoreTheEarlierNumberAsANewRevision() {
        EditorClient alice = signedIn("alice");
        Map<String, Object> channel = jdbc.queryForMap(
                """
                        SELECT h.slug, c.position, c.display_value, c.dial FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                        WHERE c.kind = 'voice' AND h.slug <> 'hsi-tip-line' AND h.slug <> 'national-human-trafficking-hotline'
                        AND h.slug NOT LIKE 'editors-test-%'
                        ORDER BY h.slug, c.position LIMIT 1""");
        String slug = (String) channel.get("slug");
        String field = "channel-" + channel.get("position") + "-value";
        String path = "/editor/records/hotline/" + slug;
        String source = citedSource("hotline", slug);
        assertThat(alice
            .post(path,
                    Map.of("version", version(alice.get(path)), "f." + field, "1-800-FAKE-NUM", "reason",
                            "A test number", "source", source))
            .status()).isEqualTo(302);
        assertThat(jdbc.queryForMap("""
                SELECT c.display_value, c.dial FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                WHERE h.slug = ? AND c.position = ?""", slug, channel.get("position")))
            .containsEntry("display_value", "1-800-FAKE-NUM")
            .containsEntry("dial", "+18003253686");
        assertThat(alice
            .post(path, Map.of("version", version(alice.get(path)), "f." + field, "call us maybe", "reason",
                    "Not a number", "source", source))
            .status()).isEqualTo(400);

        Long revision = jdbc.queryForObject("""
                SELECT r.id FROM revision r JOIN hotline h ON h.id = r.record_id AND r.record_kind = 'hotline'
                WHERE h.slug = ? AND r.field = ?""", Long.class, slug, field);
        EditorClient.Response restored = alice.post(path + "/restore", Map.of("revision", revision.toString(),
                "version", version(alice.get(path)), "reason", "Back to the source's number", "source", source));
        assertThat(restored.status()).isEqualTo(302);
        assertThat(jdbc.queryForMap("""
                SELECT c.display_value, c.dial FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                WHERE h.slug = ? AND c.position = ?""", slug, channel.get("position")))
            .containsEntry("display_value", channel.get("display_value"))
            .containsEntry("dial", channel.get("dial"));
        assertThat(jdbc.queryForList("""
                SELECT r.value_after FROM revision r JOIN hotline h ON h.id = r.record_id AND r.record_kind = 'hotline'
                WHERE h.slug = ? AND r.field = ? ORDER BY r.id""", String.class, slug, field))
            .containsExactly("1-800-FAKE-NUM", (String) channel.get("display_value"));
    }

    @Test
    void shouldRecordACheckThatChangesNothingElseAndLeaveTheQueueOfUncheckedRecords() throws InterruptedException {
        EditorClient alice = signedIn("alice");
        String slug = "blue-campaign";
        String path = "/editor/records/program/" + slug;
        assertThat(alice.get("/editor/checks").body()).contains(path);
        long version = jdbc.queryForObject("SELECT version FROM program WHERE slug = ?", Long.class, slug);
        EditorClient.Response checked = alice.post(path + "/check",
                Map.of("source", citedSource("program", slug), "note", "Every fact matches."));
        assertThat(checked.status()).isEqualTo(302);
        assertThat(checked.location()).isEqualTo(path + "?checked");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM record_check c JOIN program p ON p.id = c.record_id AND c.record_kind = 'program'
                WHERE p.slug = ? AND c.editor = 'alice'""", Long.class, slug)).isOne();
        assertThat(jdbc.queryForObject("SELECT version FROM program WHERE slug = ?", Long.class, slug))
            .isEqualTo(version);
        assertThat(alice.get("/editor/checks").body()).doesNotContain(path + "\"");
        assertThat(Eventually.waitUntil(
                () -> !instances.get(1).get("/programs/" + slug).body().contains("Not yet checked by a person"),
                SHOWN_WITHIN))
            .isLessThanOrEqualTo(SHOWN_WITHIN);
    }

    @Test
    void shouldAcceptOneSuggestionAsAnEditAndRejectAnotherWithAReason() {
        EditorClient alice = signedIn("alice");
        long accepted = suggest("task-force", "task_force", "description", "A better description, from a visitor.");
        long rejected = suggest("task-force", "task_force", "website", "http://example.org/not-it");
        String queue = alice.get("/editor/suggestions").body();
        assertThat(queue).contains("suggestion-" + accepted).contains("suggestion-" + rejected);
        String slug = jdbc.queryForObject("SELECT slug FROM task_force ORDER BY id LIMIT 1", String.class);

        EditorClient.Response accept = alice.post("/editor/suggestions/" + accepted + "/accept",
                Map.of("reason", "Checked on the source", "source", citedSource("task-force", slug)));
        assertThat(accept.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT description FROM task_force WHERE slug = ?", String.class, slug))
            .isEqualTo("A better description, from a visitor.");
        assertThat(jdbc.queryForMap("SELECT status, decided_by FROM suggestion WHERE id = ?", accepted))
            .containsEntry("status", "accepted")
            .containsEntry("decided_by", "alice");

        assertThat(alice.post("/editor/suggestions/" + rejected + "/reject", Map.of("reason", " ")).status())
            .isEqualTo(400);
        assertThat(alice
            .post("/editor/suggestions/" + rejected + "/reject", Map.of("reason", "The source gives another address."))
            .status()).isEqualTo(302);
        assertThat(jdbc.queryForMap("SELECT status, decision_reason FROM suggestion WHERE id = ?", rejected))
            .containsEntry("status", "rejected")
            .containsEntry("decision_reason", "The source gives another address.");
        assertThat(alice.post("/editor/suggestions/" + rejected + "/reject", Map.of("reason", "Again")).status())
            .as("a suggestion decided already")
            .isEqualTo(404);
        assertThat(alice.get("/editor/suggestions").body()).doesNotContain("suggestion-" + accepted + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/editor/records", "/editor/records?kind=hotline", "/editor/records/hotline/hsi-tip-line",
            "/editor/suggestions", "/editor/checks", "/editor/sources/new", "/editor/records/program/new" })
    void shouldSendAnAnonymousVisitorToSignIn(String path) {
        EditorClient.Response answer = client().get(path);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/editor/sign-in");
        assertThat(answer.body()).doesNotContain("hsi-tip-line");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/editor/records/hotline/hsi-tip-line", "/editor/records/hotline/hsi-tip-line/check",
            "/editor/records/hotline/hsi-tip-line/restore", "/editor/suggestions/1/accept",
            "/editor/suggestions/1/reject", "/editor/sources/new", "/editor/records/program/new" })
    void shouldRefuseAPostWithAForgedOrMissingToken(String path) {
        EditorClient alice = signedIn("alice");
        long revisions = jdbc.queryForObject("SELECT count(*) FROM revision", Long.class);
        assertThat(alice.postExactly(path, Map.of("_csrf", "forged", "f.hours", "x", "reason", "r", "source", "s"))
            .status()).isEqualTo(403);
        assertThat(alice.postExactly(path, Map.of("f.hours", "x", "reason", "r")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM revision", Long.class)).isEqualTo(revisions);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/editor/records/function/prevention", "/editor/records/hotline/no-such-line",
            "/editor/records?kind=nothing", "/editor/records/hotline/hsi-tip-line?suggestion=999999",
            "/editor/records/function/new" })
    void shouldAnswer404ForWhatDoesNotExist(String path) {
        assertThat(signedIn("alice").get(path).status()).isEqualTo(404);
    }

    private static long suggest(String kind, String table, String field, String proposed) {
        return jdbc.queryForObject("""
                INSERT INTO suggestion (record_kind, record_id, field, current_value, proposed_value, evidence)
                SELECT ?, id, ?, NULL, ?, 'https://www.state.gov/' FROM %s ORDER BY id LIMIT 1
                RETURNING id""".formatted(table), Long.class, kind, field, proposed);
    }

    /** A source the record cites. */
    private static String citedSource(String kind, String slug) {
        String table = switch (kind) {
            case "hotline" -> "hotline";
            case "program" -> "program";
            case "task-force" -> "task_force";
            case "relief-type" -> "relief_type";
            default -> throw new IllegalArgumentException(kind);
        };
        return jdbc.queryForObject("""
                SELECT s.slug FROM source s JOIN %1$s_source c ON c.source_id = s.id JOIN %1$s r ON r.id = c.%1$s_id
                WHERE r.slug = ? ORDER BY s.slug LIMIT 1""".formatted(table), String.class, slug);
    }

    /** What a refused form says is wrong, to show when a save was expected. */
    private static String problemsOn(EditorClient.Response answer) {
        Matcher problem = Pattern.compile("class=\"usa-(?:error-message|alert__text)\"[^>]*>([^<]*)<")
            .matcher(answer.body());
        List<String> problems = new ArrayList<>();
        while (problem.find()) {
            problems.add(problem.group(1));
        }
        return String.join("; ", problems);
    }

    private static long dataVersion() {
        return jdbc.queryForObject("SELECT version FROM data_version", Long.class);
    }

    private static String version(EditorClient.Response form) {
        assertThat(form.status()).as("the form's answer").isIn(200, 409);
        Matcher version = VERSION.matcher(form.body());
        assertThat(version.find()).as("a version in the form").isTrue();
        return version.group(1);
    }

    private static synchronized EditorClient client() {
        addresses++;
        return new EditorClient(instances.get(0).port(), "198.51.100." + (1 + addresses % 250));
    }

    private static EditorClient signedIn(String name) {
        EditorClient editor = client();
        assertThat(editor.signIn(name, PASSWORD).location()).isEqualTo("/editor");
        return editor;
    }

}
