package org.antitrafficking.directory.source;

import java.util.List;

import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds every record that cites a source, whatever its kind, in one query over the citation tables. */
@Repository
class CitingRecords {

    private final JdbcClient jdbc;

    CitingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RecordLink> of(Source source) {
        return jdbc.sql("""
                SELECT 'hotline' AS kind, r.slug, r.name, NULL AS short_label, 1 AS rank
                FROM hotline r JOIN hotline_source c ON c.hotline_id = r.id WHERE c.source_id = :source
                UNION ALL
                SELECT 'department', r.slug, r.name, r.acronym, 2
                FROM department r JOIN department_source c ON c.department_id = r.id WHERE c.source_id = :source
                UNION ALL
                SELECT 'agency', r.slug, r.name, r.acronym, 3
                FROM component r JOIN component_source c ON c.component_id = r.id WHERE c.source_id = :source
                UNION ALL
                SELECT 'program', r.slug, r.name, r.acronym, 4
                FROM program r JOIN program_source c ON c.program_id = r.id WHERE c.source_id = :source
                UNION ALL
                SELECT 'task-force', r.slug, r.name, r.acronym, 5
                FROM task_force r JOIN task_force_source c ON c.task_force_id = r.id WHERE c.source_id = :source
                UNION ALL
                SELECT 'relief-type', r.slug, r.name, r.short_name, 6
                FROM relief_type r JOIN relief_type_source c ON c.relief_type_id = r.id WHERE c.source_id = :source
                ORDER BY rank, name""")
            .param("source", source.getId())
            .query((row, number) -> new RecordLink(SlugEnumConverter.fromSlug(RecordKind.class, row.getString("kind")).orElseThrow(),
                    row.getString("slug"), row.getString("name"), row.getString("short_label")))
            .list();
    }
}
