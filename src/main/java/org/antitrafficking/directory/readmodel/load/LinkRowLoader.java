package org.antitrafficking.directory.readmodel.load;

import java.util.List;

import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.FigureRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HandlerRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.MemberRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.OperatorRow;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the rows that tie records together or hang from one: who runs a program, who sits
 * on a task force, a hotline's channels, who handles a form of relief, and the figures.
 * Called inside the {@link SnapshotLoader}'s transaction.
 */
final class LinkRowLoader {

    private final JdbcClient jdbc;

    LinkRowLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OperatorRow> operators() {
        return jdbc.sql("""
                SELECT o.program_id, o.component_id, o.role FROM program_component o
                JOIN program p ON p.id = o.program_id JOIN component c ON c.id = o.component_id
                WHERE p.retired_on IS NULL AND c.retired_on IS NULL""")
            .query((row, number) -> new OperatorRow(row.getLong("program_id"), row.getLong("component_id"),
                    row.getString("role")))
            .list();
    }

    List<MemberRow> members() {
        return jdbc.sql("""
                SELECT m.task_force_id, m.department_id, m.component_id, m.role FROM task_force_member m
                JOIN task_force t ON t.id = m.task_force_id
                WHERE t.retired_on IS NULL
                  AND NOT EXISTS (SELECT FROM department d WHERE d.id = m.department_id AND d.retired_on IS NOT NULL)
                  AND NOT EXISTS (SELECT FROM component c WHERE c.id = m.component_id AND c.retired_on IS NOT NULL)""")
            .query((row, number) -> new MemberRow(row.getLong("task_force_id"),
                    row.getObject("department_id", Long.class), row.getObject("component_id", Long.class),
                    row.getString("role")))
            .list();
    }

    List<ChannelRow> channels() {
        return jdbc.sql("""
                SELECT hotline_id, kind, display_value, dial, url, instructions, source_id, position
                FROM hotline_channel
                WHERE hotline_id IN (SELECT id FROM hotline WHERE retired_on IS NULL)""")
            .query((row, number) -> new ChannelRow(row.getLong("hotline_id"), row.getString("kind"),
                    row.getString("display_value"), row.getString("dial"), row.getString("url"),
                    row.getString("instructions"), row.getLong("source_id"), row.getInt("position")))
            .list();
    }

    List<HandlerRow> handlers() {
        return jdbc.sql("""
                SELECT h.relief_type_id, h.component_id, h.role FROM relief_type_component h
                JOIN relief_type r ON r.id = h.relief_type_id JOIN component c ON c.id = h.component_id
                WHERE r.retired_on IS NULL AND c.retired_on IS NULL""")
            .query((row, number) -> new HandlerRow(row.getLong("relief_type_id"), row.getLong("component_id"),
                    row.getString("role")))
            .list();
    }

    List<FigureRow> figures() {
        return jdbc
            .sql("""
                    SELECT department_id, component_id, program_id, task_force_id, value, label, source_id, position
                    FROM figure f
                    WHERE NOT EXISTS (SELECT FROM department d WHERE d.id = f.department_id AND d.retired_on IS NOT NULL)
                      AND NOT EXISTS (SELECT FROM component c WHERE c.id = f.component_id AND c.retired_on IS NOT NULL)
                      AND NOT EXISTS (SELECT FROM program p WHERE p.id = f.program_id AND p.retired_on IS NOT NULL)
                      AND NOT EXISTS (SELECT FROM task_force t WHERE t.id = f.task_force_id AND t.retired_on IS NOT NULL)""")
            .query((row, number) -> new FigureRow(row.getObject("department_id", Long.class),
                    row.getObject("component_id", Long.class), row.getObject("program_id", Long.class),
                    row.getObject("task_force_id", Long.class), row.getString("value"), row.getString("label"),
                    row.getLong("source_id"), row.getInt("position")))
            .list();
    }

}
