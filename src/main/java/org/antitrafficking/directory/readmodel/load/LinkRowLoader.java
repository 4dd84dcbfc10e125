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
        return jdbc.sql("SELECT program_id, component_id, role FROM program_component")
            .query((row, number) -> new OperatorRow(row.getLong("program_id"), row.getLong("component_id"),
                    row.getString("role")))
            .list();
    }

    List<MemberRow> members() {
        return jdbc.sql("SELECT task_force_id, department_id, component_id, role FROM task_force_member")
            .query((row, number) -> new MemberRow(row.getLong("task_force_id"),
                    row.getObject("department_id", Long.class), row.getObject("component_id", Long.class),
                    row.getString("role")))
            .list();
    }

    List<ChannelRow> channels() {
        return jdbc.sql("""
                SELECT hotline_id, kind, display_value, dial, url, instructions, source_id, position
                FROM hotline_channel""")
            .query((row, number) -> new ChannelRow(row.getLong("hotline_id"), row.getString("kind"),
                    row.getString("display_value"), row.getString("dial"), row.getString("url"),
                    row.getString("instructions"), row.getLong("source_id"), row.getInt("position")))
            .list();
    }

    List<HandlerRow> handlers() {
        return jdbc.sql("SELECT relief_type_id, component_id, role FROM relief_type_component")
            .query((row, number) -> new HandlerRow(row.getLong("relief_type_id"), row.getLong("component_id"),
                    row.getString("role")))
            .list();
    }

    List<FigureRow> figures() {
        return jdbc.sql("""
                SELECT department_id, component_id, program_id, task_force_id, value, label, source_id, position
                FROM figure""")
            .query((row, number) -> new FigureRow(row.getObject("department_id", Long.class),
                    row.getObject("component_id", Long.class), row.getObject("program_id", Long.class),
                    row.getObject("task_force_id", Long.class), row.getString("value"), row.getString("label"),
                    row.getLong("source_id"), row.getInt("position")))
            .list();
    }

}
