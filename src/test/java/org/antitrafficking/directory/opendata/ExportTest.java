package org.antitrafficking.directory.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.PageTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The CSV files parse back to the records the database holds. */
class ExportTest extends PageTest {

    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @ParameterizedTest(name = "{0}.csv")
    @CsvSource(delimiter = '|', value = {
            "departments|SELECT slug, name, coalesce(acronym, '') AS acronym, kind, description, coalesce(website, '') AS website, coalesce(source_note, '') AS source_note FROM department",
            "agencies|SELECT c.slug, c.name, coalesce(c.acronym, '') AS acronym, c.kind, d.slug AS department, coalesce(p.slug, '') AS parent, c.description FROM component c JOIN department d ON d.id = c.department_id LEFT JOIN component p ON p.id = c.parent_id",
            "programs|SELECT p.slug, p.name, p.kind, p.cross_agency::text AS cross_agency, coalesce(d.slug, '') AS department, coalesce(t.slug, '') AS task_force, coalesce(pp.slug, '') AS part_of, p.description FROM program p LEFT JOIN department d ON d.id = p.department_id LEFT JOIN task_force t ON t.id = p.task_force_id LEFT JOIN program pp ON pp.id = p.parent_id",
            "task-forces|SELECT slug, name, kind, coalesce(other_participants, '') AS other_participants, description FROM task_force",
            "hotlines|SELECT slug, name, coalesce(hours, '') AS hours, coalesce(languages, '') AS languages, coalesce(law_enforcement_sharing, '') AS law_enforcement, coalesce(law_enforcement_note, '') AS law_enforcement_note, coalesce(anonymous_tips::text, '') AS anonymous_tips, description FROM hotline",
            "hotline-channels|SELECT h.slug AS hotline, c.position::text AS position, c.kind, c.display_value AS value, coalesce(c.dial, '') AS dial, coalesce(c.url, '') AS url, coalesce(c.instructions, '') AS instructions, s.slug AS source FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id JOIN source s ON s.id = c.source_id",
            "immigration-relief|SELECT slug, name, short_name, coalesce(eligibility, '') AS eligibility, coalesce(requested_by, '') AS requested_by, coalesce(provides, '') AS provides, description FROM relief_type",
            "figures|SELECT f.value, f.label, s.slug AS source FROM figure f JOIN source s ON s.id = f.source_id",
            "sources|SELECT slug, title, publisher, date_label AS date, kind, summary FROM source" })
    void shouldParseBackToTheSameRecords(String table, String sql) throws IOException {
        MockHttpServletResponse response = pages.exchange("/export/" + table + ".csv").getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n");

        List<CSVRecord> exported = RFC_4180.parse(new StringReader(csv)).getRecords();
        List<Map<String, Object>> stored = jdbc.queryForList(sql);
        assertThat(exported).hasSameSizeAs(stored);
        Set<Map<String, String>> exportedRows = new HashSet<>();
        for (CSVRecord record : exported) {
            Map<String, String> row = new HashMap<>();
            stored.get(0).keySet().forEach(column -> row.put(column, record.get(column)));
            exportedRows.add(row);
        }
        Set<Map<String, String>> storedRows = new HashSet<>();
        for (Map<String, Object> row : stored) {
            Map<String, String> strings = new HashMap<>();
            row.forEach((column, value) -> strings.put(column, String.valueOf(value)));
            storedRows.add(strings);
        }
        assertThat(exportedRows).isEqualTo(storedRows);
    }

    @Test
    void shouldListEverySourceOfARecordAndEveryFunction() throws IOException {
        Map<String, CSVRecord> programs = bySlug(csv("programs"));
        assertThat(programs.get("blue-campaign").get("sources").split(";")).contains("dhs-in-action",
                "ice-hsi-partners");
        assertThat(programs.get("blue-campaign").get("functions"))
            .isEqualTo("prevention;protection;prosecution;partnership");
        assertThat(programs.get("blue-campaign-mandatory-training").get("operators")).contains("ccht:runs",
                "cbp:delivers");
        assertThat(bySlug(csv("task-forces")).get("hstc").get("members")).contains("department/doj:primary-member",
                "department/odni:member");
    }

    @Test
    void shouldZipEveryTable() throws IOException {
        Map<String, byte[]> files = unzip("/export/directory.zip");
        assertThat(files.keySet()).containsExactlyInAnyOrder("departments.csv", "agencies.csv", "programs.csv",
                "task-forces.csv", "hotlines.csv", "hotline-channels.csv", "immigration-relief.csv", "figures.csv",
                "sources.csv", "functions.csv");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertThat(file.getValue()).as(file.getKey())
                .isEqualTo(pages.exchange("/export/" + file.getKey()).getResponse().getContentAsByteArray());
        }
    }

    /**
     * Two instances built the zip at different moments for the same data; stamped by the
     * clock, their bytes differed under one ETag. Built two seconds apart (the zip
     * format's clock ticks every two seconds), the bytes are the same, and every entry
     * carries the data version's time.
     */
    @Test
    void shouldBuildTheSameZipForTheSameDataWhateverTheClockSays(@Autowired DirectoryExport export,
            @Autowired ReadModel readModel) throws Exception {
        byte[] first = export.zip();
        Thread.sleep(2100);
        assertThat(export.zip()).isEqualTo(first);
        long changedAt = readModel.snapshot().version().changedAt().toEpochMilli();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTime()).as(entry.getName()).isBetween(changedAt - 2000, changedAt + 2000);
            }
        }
    }

    /**
     * An operator removes the first of the FBI tip line's numbers: the other keeps its
     * position in hotline-channels.csv and its id in the Open Referral phones.csv. The
     * test puts the number back.
     */
    @Test
    void shouldKeepAChannelsPositionAndPhoneIdWhenAnEarlierChannelIsRemoved() throws Exception {
        Map<String, Object> first = jdbc.queryForMap("""
                SELECT c.* FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                WHERE h.slug = 'fbi-tips' AND c.position = 1""");
        assertThat(first.get("display_value")).isEqualTo("1-800-225-5324");
        String kept = "1-800-CALL-FBI";
        String keptPhoneId = phoneIds().get(kept);
        assertThat(keptPhoneId).isNotNull();
        assertThat(fbiChannelPositions()).containsEntry(kept, "2");
        try {
            jdbc.update("DELETE FROM hotline_channel WHERE id = ?", first.get("id"));
            waitUntil(() -> !fbiChannelPositions().containsKey("1-800-225-5324"), Duration.ofSeconds(10));

            assertThat(fbiChannelPositions()).containsEntry(kept, "2");
            assertThat(phoneIds()).containsEntry(kept, keptPhoneId).doesNotContainKey("1-800-225-5324");
        }
        finally {
            jdbc.update(
                    """
                            INSERT INTO hotline_channel (id, hotline_id, kind, display_value, dial, url, instructions, source_id, position)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    first.get("id"), first.get("hotline_id"), first.get("kind"), first.get("display_value"),
                    first.get("dial"), first.get("url"), first.get("instructions"), first.get("source_id"),
                    first.get("position"));
            waitUntil(() -> fbiChannelPositions().containsKey("1-800-225-5324"), Duration.ofSeconds(10));
        }
    }

    /** The FBI tip line's channels in hotline-channels.csv: value to position. */
    private Map<String, String> fbiChannelPositions() {
        try {
            Map<String, String> positions = new HashMap<>();
            csv("hotline-channels").stream()
                .filter(record -> record.get("hotline").equals("fbi-tips"))
                .forEach(record -> positions.put(record.get("value"), record.get("position")));
            return positions;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Every phone in the Open Referral export: number to id. */
    private Map<String, String> phoneIds() throws IOException {
        Map<String, String> ids = new HashMap<>();
        byte[] phones = unzip("/export/open-referral.zip").get("phones.csv");
        RFC_4180.parse(new StringReader(new String(phones, StandardCharsets.UTF_8)))
            .getRecords()
            .forEach(phone -> ids.put(phone.get("number"), phone.get("id")));
        return ids;
    }

    @Test
    void shouldAnswer404ForAnUnknownExport() {
        assertThat(pages.exchange("/export/secrets.csv").getResponse().getStatus()).isEqualTo(404);
    }

    private List<CSVRecord> csv(String table) throws IOException {
        return RFC_4180.parse(new StringReader(
                pages.exchange("/export/" + table + ".csv").getResponse().getContentAsString(StandardCharsets.UTF_8)))
            .getRecords();
    }

    private static Map<String, CSVRecord> bySlug(List<CSVRecord> records) {
        Map<String, CSVRecord> bySlug = new HashMap<>();
        records.forEach(record -> bySlug.put(record.get("slug"), record));
        return bySlug;
    }

    private Map<String, byte[]> unzip(String uri) throws IOException {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

}
