package org.antitrafficking.directory.seed;

import java.util.Arrays;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DepartmentKind;
import org.antitrafficking.directory.readmodel.HandlerRole;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.MemberRole;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.TaskForceScope;
import org.antitrafficking.directory.records.AgencyKind;
import org.antitrafficking.directory.records.ProgramKind;
import org.antitrafficking.directory.records.SourceKind;
import org.antitrafficking.directory.records.TaskForceKind;
import org.antitrafficking.directory.support.CheckConstraints;
import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each closed set of values the code knows as an enum holds exactly the values the
 * database's CHECK constraint allows: a value added to one and not the other fails here,
 * not on a visitor's page.
 */
@RepositoryTest
class ClosedValueSetsTest {

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> valueSets() {
        return Stream.of(Arguments.of(DepartmentKind.class, "department", "kind"),
                Arguments.of(MemberRole.class, "task_force_member", "role"),
                Arguments.of(OperatorRole.class, "program_component", "role"),
                Arguments.of(HandlerRole.class, "relief_type_component", "role"),
                Arguments.of(TaskForceScope.class, "task_force_scope", "scope"),
                Arguments.of(HotlinePurpose.class, "hotline_purpose", "purpose"),
                Arguments.of(ChannelKind.class, "hotline_channel", "kind"),
                Arguments.of(HotlineOperatorRole.class, "hotline", "operator_role"),
                Arguments.of(LawEnforcementSharing.class, "hotline", "law_enforcement_sharing"),
                Arguments.of(AgencyKind.class, "component", "kind"), Arguments.of(ProgramKind.class, "program", "kind"),
                Arguments.of(TaskForceKind.class, "task_force", "kind"),
                Arguments.of(SourceKind.class, "source", "kind"));
    }

    @ParameterizedTest(name = "{0} matches {1}.{2}")
    @MethodSource("valueSets")
    void shouldKnowExactlyTheValuesTheDatabaseAllows(Class<? extends Enum<?>> type, String table, String column) {
        assertThat(Arrays.stream(type.getEnumConstants()).map(Slugs::of))
            .containsExactlyInAnyOrderElementsOf(CheckConstraints.allowedValues(jdbc, table, column));
    }

}
