package org.antitrafficking.directory.suggestion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.support.TestDatabase;
import org.antitrafficking.directory.support.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions on the whole application and the seeded PostgreSQL: stored and committed
 * before the visitor is told, with only a keyed hash of their address, which is deleted
 * once its hour is over; the data version does not move; no page of the form sets a
 * cookie or starts a session; every record page leads to its form.
 */
@WebTest
class SuggestionStorageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DailyKeys keys;

    @Autowired
    SuggestionCleanup cleanup;

    @Autowired
    ReadModel directory;

    private Submissions submissions;

    @BeforeEach
    void prepare() {
        submissions = new Submissions(mvc, keys);
    }

    @Test
    void shouldCommitASuggestionBeforeAnsweringAndKeepOnlyAHashOfTheAddress() throws SQLException {
        long version = dataVersion();
        DataVersion shown = directory.snapshot().version();
        String proposed = "Weekdays 9 to 5, " + UUID.randomUUID();
        Map<String, String> fields = submissions.goodHours(proposed);
        fields.put("reply", "me@example.org");
        MvcTestResult result = submissions.post(Submissions.FORM, fields, "198.51.100.1");
        assertThat(result.getResponse().getStatus()).isEqualTo(303);

        // Read on a connection of its own: the row is there only if it was committed.
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT s.record_kind, s.record_id = h.id AS right_record, s.field, s.current_value, s.evidence,
                       s.reply_to, s.status, s.decided_by, h.hours
                FROM suggestion s, hotline h WHERE h.slug = 'hsi-tip-line' AND s.proposed_value = ?""")) {
            query.setString(1, proposed);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the suggestion, committed").isTrue();
                assertThat(row.getString("record_kind")).isEqualTo("hotline");
                assertThat(row.getBoolean("right_record")).isTrue();
                assertThat(row.getString("field")).isEqualTo("hours");
                assertThat(row.getString("current_value")).as("what the page showed").isEqualTo(row.getString("hours"));
                assertThat(row.getString("evidence")).isEqualTo("https://www.ice.gov/webform/hsi-tip-form");
                assertThat(row.getString("reply_to")).isEqualTo("me@example.org");
                assertThat(row.getString("status")).isEqualTo("open");
                assertThat(row.getString("decided_by")).isNull();
                assertThat(row.next()).isFalse();
            }
        }
        assertThat(jdbc.queryForList("SELECT address_hash FROM suggestion_allowance", byte[].class)).isNotEmpty()
            .allSatisfy(hash -> assertThat(hash).hasSize(32))
            .noneSatisfy(hash -> assertThat(new String(hash, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("198.51.100.1"));
        assertThat(jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_name = " + "'suggestion'",
                String.class))
            .as("nothing about the visitor but the way to reply")
            .doesNotContain("address", "client_address", "ip", "user_agent");
        assertThat(dataVersion()).as("the data version").isEqualTo(version);
        assertThat(directory.snapshot().version()).as("the read model's version").isEqualTo(shown);
    }

    @Test
    void shouldDeleteTheCountsOfEndedHoursAtTheNextSubmissionAndByTheCleanup() {
        insertAllowance("old-one", "now() - interval '25 hours'");
        insertAllowance("old-two", "now() - interval '3 hours'");
        insertAllowance("current", "date_trunc('hour', now())");
        assertThat(submissions
            .post(Submissions.FORM, submissions.goodHours("Nine to five " + UUID.randomUUID()), "198.51.100.2")
            .getResponse()
            .getStatus()).isEqualTo(303);
        assertThat(allowances()).as("after a submission from another address")
            .doesNotContain("old-one", "old-two")
            .contains("current");

        insertAllowance("old-three", "now() - interval '25 hours'");
        cleanup.clean();
        assertThat(allowances()).as("after the cleanup").doesNotContain("old-three").contains("current");
        jdbc.update("DELETE FROM suggestion_allowance WHERE address_hash = sha256(convert_to('current', 'UTF8'))");
    }

    @Test
    void shouldKeepTodaysAndTomorrowsKeysAndDeleteThoseNoTokenCanUse() {
        jdbc.update("INSERT INTO suggestion_key (day, key) VALUES (current_date - 3, decode(repeat('ab', 32), 'hex'))"
                + " ON CONFLICT DO NOTHING");
        cleanup.clean();
        assertThat(jdbc.queryForList("SELECT day - current_date FROM suggestion_key ORDER BY day", Integer.class))
            .doesNotContain(-3)
            .contains(0, 1);
    }

    @Test
    void shouldEraseTheWayToReplyThirtyDaysAfterASuggestionIsDecided() {
        String mark = UUID.randomUUID().toString();
        for (int daysAgo : new int[] { 31, 10 }) {
            jdbc.update("""
                    INSERT INTO suggestion (record_kind, record_id, field, proposed_value, evidence, reply_to,
                                            received_at, status, decided_by, decided_at)
                    VALUES ('hotline', 1, 'hours', ?, 'x', 'me@example.org', now() - make_interval(days => ? + 1),
                            'accepted', 'editor', now() - make_interval(days => ?))""", mark, daysAgo, daysAgo);
        }
        cleanup.clean();
        assertThat(jdbc.queryForList("SELECT reply_to FROM suggestion WHERE proposed_value = ? ORDER BY decided_at",
                String.class, mark))
            .containsExactly(null, "me@example.org");
    }

    @Test
    void shouldSetNoCookieAndStartNoSessionOnTheFormOrTheConfirmation() {
        for (String uri : new String[] { Submissions.FORM, Submissions.FORM + "?field=hours", "/suggest/received" }) {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(uri).isEmpty();
            assertThat(result.getRequest().getSession(false)).as(uri).isNull();
        }
        MvcTestResult posted = submissions.post(Submissions.FORM, submissions.goodHours(""), "198.51.100.3");
        assertThat(posted.getResponse().getStatus()).isEqualTo(400);
        assertThat(posted.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(posted.getRequest().getSession(false)).isNull();
    }

    @Test
    void shouldKeepTheFormOutOfThePageCache() {
        MockHttpServletResponse first = mvc.get().uri(Submissions.FORM).exchange().getResponse();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(first.getHeader("ETag")).isNull();
        MockHttpServletResponse confirmation = mvc.get().uri("/suggest/received").exchange().getResponse();
        assertThat(Submissions.body(confirmation)).as("the confirmation holds nothing of the visitor's")
            .doesNotContain("Weekdays");
    }

    @Test
    void shouldLeadFromEveryRecordPageToItsForm() {
        int records = 0;
        for (RecordLink link : directory.snapshot().allRecords()) {
            if (link.kind() == RecordKind.FUNCTION) {
                continue;
            }
            String form = "/suggest/" + link.kind().slug() + "/" + link.slug();
            Document page = Submissions.page(mvc.get().uri(link.href()).exchange());
            assertThat(page.select(".suggest-correction a")).as(link.href())
                .extracting(anchor -> anchor.attr("href"))
                .containsExactly(form);
            MvcTestResult result = mvc.get().uri(form).exchange();
            assertThat(result.getResponse().getStatus()).as(form).isEqualTo(200);
            assertThat(Submissions.page(result).select("select#field option")).as(form).hasSizeGreaterThan(3);
            records++;
        }
        assertThat(records).isGreaterThan(100);
    }

    private void insertAllowance(String name, String windowStart) {
        jdbc.update(
                "INSERT INTO suggestion_allowance (address_hash, window_start, submissions) "
                        + "VALUES (sha256(convert_to(?, 'UTF8')), " + windowStart + ", 1) ON CONFLICT DO NOTHING",
                name);
    }

    private java.util.List<String> allowances() {
        return jdbc.queryForList("SELECT name FROM unnest(ARRAY['old-one', 'old-two', 'old-three', 'current']) name "
                + "WHERE EXISTS (SELECT 1 FROM suggestion_allowance WHERE address_hash = sha256(convert_to(name, 'UTF8')))",
                String.class);
    }

    private long dataVersion() {
        return jdbc.queryForObject("SELECT version FROM data_version", Long.class);
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Connection database = TestDatabase.get();
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

}
