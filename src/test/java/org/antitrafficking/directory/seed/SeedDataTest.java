package org.antitrafficking.directory.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the seeded data against its sources and against the rules the pages rely on. */
@RepositoryTest
class SeedDataTest {

    /**
     * Each record table, its citation table and the citation column naming the record.
     */
    private static final List<List<String>> CITED_TABLES = List.of(
            List.of("department", "department_source", "department_id"),
            List.of("component", "component_source", "component_id"),
            List.of("program", "program_source", "program_id"),
            List.of("task_force", "task_force_source", "task_force_id"),
            List.of("hotline", "hotline_source", "hotline_id"),
            List.of("relief_type", "relief_type_source", "relief_type_id"));

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldCiteAtLeastOneSourceForEveryRecord() {
        for (List<String> table : CITED_TABLES) {
            List<String> uncited = jdbc.queryForList("SELECT slug FROM " + table.get(0)
                    + " r WHERE NOT EXISTS (SELECT 1 FROM " + table.get(1) + " c WHERE c." + table.get(2) + " = r.id)",
                    String.class);
            assertThat(uncited).as("%s records without a source", table.get(0)).isEmpty();
        }
    }

    @Test
    void shouldCopyEveryContactNumberAndAddressExactlyFromItsSource() {
        SourceDocuments documents = SourceDocuments.locate();
        List<Map<String, Object>> channels = jdbc.queryForList("""
                SELECT h.slug AS hotline, c.display_value, s.file_name
                FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id JOIN source s ON s.id = c.source_id""");
        assertThat(channels).isNotEmpty();
        for (Map<String, Object> channel : channels) {
            assertThat(documents.text((String) channel.get("file_name")))
                .as("%s: %s in %s", channel.get("hotline"), channel.get("display_value"), channel.get("file_name"))
                .contains((String) channel.get("display_value"));
        }
    }

    @Test
    void shouldCopyEveryFigureExactlyFromItsSource() {
        SourceDocuments documents = SourceDocuments.locate();
        List<Map<String, Object>> figures = jdbc
            .queryForList("SELECT f.value, s.file_name FROM figure f JOIN source s ON s.id = f.source_id");
        assertThat(figures).isNotEmpty();
        for (Map<String, Object> figure : figures) {
            assertThat(documents.text((String) figure.get("file_name")))
                .as("figure %s in %s", figure.get("value"), figure.get("file_name"))
                .contains((String) figure.get("value"));
        }
    }

    @Test
    void shouldDialTheNumberTheSourceWrites() {
        List<Map<String, Object>> phones = jdbc
            .queryForList("SELECT display_value, dial FROM hotline_channel WHERE kind IN ('voice', 'text', 'tty')");
        assertThat(phones).isNotEmpty();
        for (Map<String, Object> phone : phones) {
            String written = keypadDigits((String) phone.get("display_value"));
            String dial = (String) phone.get("dial");
            String expected = (written.length() == 10) ? "+1" + written
                    : (written.length() == 11 && written.startsWith("1")) ? "+" + written : written;
            assertThat(dial).as("dial form of %s", phone.get("display_value")).isEqualTo(expected);
        }
    }

    @Test
    void shouldKeepEveryComponentInsideItsDepartmentWithoutCycles() {
        Integer cyclic = jdbc.queryForObject("""
                WITH RECURSIVE chain (id, parent_id) AS (
                    SELECT id, parent_id FROM component
                    UNION ALL
                    SELECT c.id, p.parent_id FROM chain c JOIN component p ON p.id = c.parent_id
                ) CYCLE id, parent_id SET looped USING path
                SELECT count(*) FROM chain WHERE looped""", Integer.class);
        assertThat(cyclic).isZero();
        Integer crossing = jdbc.queryForObject("""
                SELECT count(*) FROM component c JOIN component p ON p.id = c.parent_id
                WHERE p.department_id <> c.department_id""", Integer.class);
        assertThat(crossing).isZero();
    }

    @Test
    void shouldPlaceComponentsWhereTheSourcesPutThem() {
        assertThat(pathOf("hsi")).isEqualTo("dhs > ice > hsi");
        assertThat(pathOf("htpu")).isEqualTo("doj > civil-rights-division > htpu");
        assertThat(pathOf("ocft")).isEqualTo("dol > ilab > ocft");
        assertThat(pathOf("niosh")).as("NIOSH as corrected by the supplementary source").isEqualTo("hhs > cdc > niosh");
    }

    @Test
    void shouldHoldEveryRecordTheSeedMigrationsInsert() throws IOException {
        Map<String, Integer> inserted = countRowsInsertedByMigrations();
        assertThat(inserted).containsOnlyKeys("source", "function", "department", "component", "program", "task_force",
                "hotline", "relief_type");
        inserted
            .forEach((table, rows) -> assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class))
                .as("rows in %s", table)
                .isEqualTo(rows));
        int records = inserted.entrySet()
            .stream()
            .filter(table -> !List.of("source", "function").contains(table.getKey()))
            .mapToInt(Map.Entry::getValue)
            .sum();
        assertThat(records).as("the documents name about a hundred things").isGreaterThanOrEqualTo(100);
    }

    private String pathOf(String slug) {
        return jdbc.queryForObject("""
                WITH RECURSIVE up (id, slug, parent_id, department_id, depth) AS (
                    SELECT id, slug, parent_id, department_id, 0 FROM component WHERE slug = ?
                    UNION ALL
                    SELECT p.id, p.slug, p.parent_id, p.department_id, up.depth + 1
                    FROM up JOIN component p ON p.id = up.parent_id
                )
                SELECT (SELECT d.slug FROM department d WHERE d.id = min(up.department_id)) || ' > '
                       || string_agg(up.slug, ' > ' ORDER BY up.depth DESC)
                FROM up""", String.class, slug);
    }

    /**
     * Counts the rows of each {@code INSERT INTO
     *
    <table>
     *  (slug, ...) VALUES} in the seed migrations. Every seeded row starts a line with
     * its quoted slug.
     */
    private static Map<String, Integer> countRowsInsertedByMigrations() throws IOException {
        Pattern insert = Pattern.compile("(?s)INSERT INTO (\\w+) \\(slug,.*?\\);\\n");
        Pattern row = Pattern.compile("(?m)^\\('[a-z0-9-]+',");
        Map<String, Integer> counts = new TreeMap<>();
        Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
        assertThat(migrations).isNotEmpty();
        for (Resource migration : migrations) {
            String sql = migration.getContentAsString(StandardCharsets.UTF_8);
            Matcher statement = insert.matcher(sql);
            while (statement.find()) {
                int rows = (int) row.matcher(statement.group()).results().count();
                counts.merge(statement.group(1), rows, Integer::sum);
            }
        }
        return counts;
    }

    private static String keypadDigits(String written) {
        StringBuilder digits = new StringBuilder();
        for (char c : written.toUpperCase().toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            }
            else if (c >= 'A' && c <= 'Z') {
                digits.append("22233344455566677778889999".charAt(c - 'A'));
            }
        }
        return digits.toString();
    }

}
