package org.antitrafficking.directory.editor;

import java.util.List;

import org.antitrafficking.directory.readmodel.RecordKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What stands in the way of retiring a record: the records in use that point at it (an
 * agency of a department, a program of a task force, a line an office runs). They must be
 * moved or retired first, so that no page in use points at a retired record.
 */
@Repository
class Retirements {

    /** How many of the records in the way an editor is told of. */
    static final int NAMED = 10;

    private final JdbcClient jdbc;

    Retirements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of the records in use that point at the record. */
    List<String> inTheWay(RecordKind kind, long id) {
        String sql = switch (kind) {
            case DEPARTMENT -> """
                    SELECT name FROM component WHERE department_id = :id AND retired_on IS NULL
                    UNION SELECT name FROM program WHERE department_id = :id AND retired_on IS NULL
                    UNION SELECT name FROM relief_type WHERE department_id = :id AND retired_on IS NULL
                    UNION SELECT name FROM hotline WHERE department_id = :id AND retired_on IS NULL
                    UNION SELECT t.name FROM task_force_member m JOIN task_force t ON t.id = m.task_force_id
                          WHERE m.department_id = :id AND t.retired_on IS NULL""";
            case AGENCY -> """
                    SELECT name FROM component WHERE parent_id = :id AND retired_on IS NULL
                    UNION SELECT name FROM hotline WHERE component_id = :id AND retired_on IS NULL
                    UNION SELECT p.name FROM program_component o JOIN program p ON p.id = o.program_id
                          WHERE o.component_id = :id AND p.retired_on IS NULL
                    UNION SELECT t.name FROM task_force_member m JOIN task_force t ON t.id = m.task_force_id
                          WHERE m.component_id = :id AND t.retired_on IS NULL
                    UNION SELECT r.name FROM relief_type_component h JOIN relief_type r ON r.id = h.relief_type_id
                          WHERE h.component_id = :id AND r.retired_on IS NULL""";
            case TASK_FORCE -> "SELECT name FROM program WHERE task_force_id = :id AND retired_on IS NULL";
            case PROGRAM -> "SELECT name FROM program WHERE parent_id = :id AND retired_on IS NULL";
            default -> "SELECT NULL::text AS name WHERE false";
        };
        return jdbc.sql("SELECT name FROM (" + sql + ") AS pointing ORDER BY name LIMIT " + NAMED)
            .param("id", id)
            .query(String.class)
            .list();
    }

}
