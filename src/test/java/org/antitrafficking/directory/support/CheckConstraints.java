package org.antitrafficking.directory.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The values a column's CHECK constraint allows, as the database itself states them. */
public final class CheckConstraints {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'::text");

    private CheckConstraints() {
    }

    /**
     * The values of {@code column IN ('a', 'b', ...)} on {@code table}, in the order the
     * constraint lists them.
     */
    public static List<String> allowedValues(JdbcTemplate jdbc, String table, String column) {
        List<String> definitions = jdbc.queryForList("""
                SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                WHERE c.conrelid = ?::regclass AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE ?""",
                String.class, table, "CHECK ((" + column + " = ANY%");
        assertThat(definitions).as("the CHECK constraint on %s.%s", table, column).hasSize(1);
        List<String> values = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(definitions.get(0));
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        assertThat(values).as("values allowed in %s.%s", table, column).isNotEmpty();
        return values;
    }

}
