package org.antitrafficking.directory.web;

import java.io.IOException;
import java.util.Properties;

import org.antitrafficking.directory.support.CheckConstraints;
import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind, role, scope and purpose the database can hold has a name to show. */
@RepositoryTest
class MessagesCoverDatabaseValuesTest {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}.{1} as {2}")
    @CsvSource({ "department, kind, department.kind", "department, kind, department.kinds",
            "component, kind, agency.kind", "program, kind, program.kind", "program_component, role, program.role",
            "task_force, kind, task-force.kind", "task_force_scope, scope, task-force.scope",
            "task_force_member, role, task-force.role", "hotline_purpose, purpose, hotline.purpose",
            "hotline, operator_role, hotline.operator", "hotline_channel, kind, hotline.channel",
            "relief_type_component, role, relief.role" })
    void shouldNameEveryValueTheDatabaseAllows(String table, String column, String prefix) throws IOException {
        Properties messages = TemplateTextTest.messages();
        for (String value : CheckConstraints.allowedValues(jdbc, table, column)) {
            assertThat(messages).as("message for %s value %s", prefix, value).containsKey(prefix + "." + value);
        }
    }

}
