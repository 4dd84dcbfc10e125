package org.antitrafficking.directory.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.support.CheckConstraints;
import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the second review of the seed found (issue 16), each fixed by a migration from V37
 * on.
 */
@RepositoryTest
class SecondReviewCorrectionsTest {

    private static final String OPERATOR_STATEMENT = "hotline-operator-law-enforcement-statement";

    private static final String NATIONAL_HOTLINE = "national-human-trafficking-hotline";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldCiteTheHotlineOperatorsStatementAsASourceOfItsOwn() {
        Map<String, Object> source = jdbc.queryForMap("SELECT title, kind, file_name FROM source WHERE slug = ?",
                OPERATOR_STATEMENT);
        assertThat(source)
            .containsEntry("title",
                    "Supplementary: the hotline operator's statement on reporting to law enforcement (Polaris, 2023)")
            .containsEntry("kind", "supplement");
        String statement = SourceDocuments.locate().text((String) source.get("file_name"));
        assertThat(statement).contains("without the victim's consent")
            .contains("involves children")
            .contains("immediate and escalating violence");
    }

    @Test
    void shouldSayWhatTheNationalHotlineSharesWithLawEnforcementAndWhoSaysSo() {
        Map<String, Object> line = lawEnforcement(NATIONAL_HOTLINE);
        assertThat(line).containsEntry("sharing", "limited").containsEntry("source", OPERATOR_STATEMENT);
        assertThat((String) line.get("note")).contains("unless the victim agrees")
            .contains("every situation involving a child")
            .contains("violence that is immediate and escalating")
            .contains("support");
        assertThat(sources("hotline", NATIONAL_HOTLINE)).contains(OPERATOR_STATEMENT);
    }

    @Test
    void shouldSayYesOnlyOfTheLinesLawEnforcementAnswersAndNothingWhereNoSourceSays() {
        assertThat(lawEnforcement("hsi-tip-line")).containsEntry("sharing", "yes")
            .containsEntry("source", "mission-89-federal-agencies");
        assertThat(lawEnforcement("fbi-tips")).containsEntry("sharing", "yes")
            .containsEntry("source", "mission-89-federal-agencies");
        assertThat(lawEnforcement("emergency-911")).containsEntry("sharing", null)
            .containsEntry("source", null)
            .containsEntry("note", null);
        assertThat(lawEnforcement("uscis-vawa-unit-helpline")).containsEntry("sharing", null);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_name = 'hotline' "
                + "AND column_name = 'law_enforcement'", Integer.class))
            .as("the old yes/no column")
            .isZero();
    }

    @Test
    void shouldOfferTheThreeAnswersTheApplicationKnows() {
        assertThat(CheckConstraints.allowedValues(jdbc, "hotline", "law_enforcement_sharing"))
            .containsExactlyElementsOf(
                    Arrays.stream(LawEnforcementSharing.values()).map(LawEnforcementSharing::slug).toList());
    }

    @Test
    void shouldRefuseAnAnswerWithoutItsSource() {
        assertThatThrownBy(() -> jdbc.update("UPDATE hotline SET law_enforcement_source_id = NULL WHERE slug = ?",
                NATIONAL_HOTLINE))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseAnAnswerWithoutItsExplanation() {
        assertThatThrownBy(
                () -> jdbc.update("UPDATE hotline SET law_enforcement_note = NULL WHERE slug = ?", NATIONAL_HOTLINE))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseAnAnswerRestingOnASourceTheLineDoesNotCite() {
        jdbc.update(
                "UPDATE hotline SET law_enforcement_source_id = id_for('source', 'dhs-government-roles') WHERE slug = ?",
                NATIONAL_HOTLINE);
        assertThatThrownBy(() -> jdbc.execute("SET CONSTRAINTS ALL IMMEDIATE"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldStateTheNationalHotlinesInterpretersForCallsOnly() {
        Map<String, Object> line = jdbc.queryForMap("SELECT languages, description FROM hotline WHERE slug = ?",
                NATIONAL_HOTLINE);
        assertThat((String) line.get("languages")).isEqualTo("Interpreters in 200+ languages on calls");
        assertThat((String) line.get("description")).contains("calls are confidential and can have an interpreter")
            .doesNotContain("A confidential national line");
    }

    @Test
    void shouldHaveTheCchtHandleContinuedPresenceAndKeepUscisAsHistory() {
        assertThat(jdbc.queryForList("""
                SELECT c.slug || ':' || h.role FROM relief_type_component h JOIN component c ON c.id = h.component_id
                WHERE h.relief_type_id = id_for('relief_type', 'continued-presence') ORDER BY 1""", String.class))
            .containsExactly("ccht:administers", "fbi:requests", "ice:requests");
        assertThat(sources("relief_type", "continued-presence")).doesNotContain("dhs-government-roles")
            .contains("dhs-in-action", "uscis-dhs-immigration-relief");
        Map<String, Object> relief = jdbc
            .queryForMap("SELECT requested_by, source_note FROM relief_type WHERE slug = 'continued-presence'");
        assertThat((String) relief.get("source_note")).contains("older and undated source, says USCIS \"processes\"")
            .contains("USCIS no longer")
            .doesNotContain("dhs-government-roles");
        assertThat((String) relief.get("requested_by")).contains("Only federal law enforcement")
            .contains("Center for Countering Human Trafficking")
            .contains("no way to apply");
    }

    @Test
    void shouldTellVictimsTraffickedInsideTheCountryThatTheTVisaIsForThemToo() {
        assertThat(description("relief_type", "t-nonimmigrant-status")).doesNotContain("trafficked into")
            .contains("severe form of trafficking")
            .contains("whether the trafficking began abroad or after they arrived")
            .contains("reasonable requests")
            .contains("under 18")
            .contains("trauma");
        assertThat(description("relief_type", "u-nonimmigrant-status"))
            .contains("substantial physical or mental abuse");
    }

    @Test
    void shouldCreditDhsAndNotHsiWithMostCasesOfForeignNationals() {
        assertThat(description("component", "hsi")).doesNotContain("foreign nationals")
            .doesNotContain("sex and labor")
            .contains("investigates human trafficking");
        assertThat(description("department", "dhs"))
            .contains("sex and labor trafficking cases that involve foreign nationals");
    }

    @Test
    void shouldFileTheStrategicActionPlanAsAPlanOfSeveralDepartments() {
        List<Map<String, Object>> plans = jdbc.queryForList(
                "SELECT slug, department_id, cross_agency FROM program WHERE slug = 'fsap' OR slug LIKE 'fsap-goal-%'");
        assertThat(plans).hasSize(5)
            .allSatisfy(
                    plan -> assertThat(plan).containsEntry("department_id", null).containsEntry("cross_agency", true));
        assertThat(jdbc.queryForObject("SELECT source_note FROM program WHERE slug = 'fsap'", String.class))
            .contains("Only mission-89-federal-agencies lists it among DOJ's publications");
        assertThatThrownBy(
                () -> jdbc.update("UPDATE program SET department_id = id_for('department', 'doj') WHERE slug = 'fsap'"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldRefuseAProgramOfNoDepartmentNorCoordinationBodyNorSeveralDepartments() {
        assertThatThrownBy(() -> jdbc.update("UPDATE program SET cross_agency = false WHERE slug = 'fsap'"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldSayOnlyThatAtipRaisesAwarenessThroughRescueAndRestore() {
        assertThat(jdbc.queryForList("SELECT component_id FROM program_component WHERE program_id = id_for('program', "
                + "'rescue-and-restore')", Long.class))
            .isEmpty();
        assertThat(
                jdbc.queryForObject("SELECT source_note FROM program WHERE slug = 'rescue-and-restore'", String.class))
            .contains("no source says which office runs it")
            .contains("by inference");
    }

    @Test
    void shouldSayTheDhsComponentsAsTheSourceDoes() {
        assertThat(description("program", "blue-campaign")).contains("of the DHS components")
            .doesNotContain("every DHS");
    }

    @Test
    void shouldNotPromiseThatAForensicInterviewDoesNoHarm() {
        assertThat(description("program", "hsi-forensic-interview-specialists")).doesNotContain("without being harmed")
            .doesNotContain("holds up in court")
            .contains("keep retraumatization as small as possible")
            .contains("meant to be legally defensible");
    }

    @Test
    void shouldTagOnlyTheFunctionsTheSourcesSupport() {
        assertThat(functions("program", "bjs-human-trafficking-data")).doesNotContain("prosecution");
        assertThat(functions("program", "rescue-and-restore")).containsExactly("prevention");
        assertThat(functions("program", "tip-report")).containsExactly("partnership");
        assertThat(functions("component", "niosh")).doesNotContain("prevention");
        assertThat(functions("component", "osha")).doesNotContain("prevention");
        assertThat(functions("task_force", "icac-task-forces")).doesNotContain("prevention");
        assertThat(functions("task_force", "hstc")).containsExactly("partnership");
        assertThat(functions("component", "nij")).isEmpty();
        assertThat(functions("program", "nij-human-trafficking-research")).isEmpty();
        assertThat(functions("program", "blue-campaign")).contains("prosecution");
        assertThat(functions("component", "bja")).contains("protection");
    }

    private Map<String, Object> lawEnforcement(String hotline) {
        return jdbc.queryForMap("""
                SELECT h.law_enforcement_sharing AS sharing, h.law_enforcement_note AS note, s.slug AS source
                FROM hotline h LEFT JOIN source s ON s.id = h.law_enforcement_source_id WHERE h.slug = ?""", hotline);
    }

    private String description(String table, String slug) {
        return jdbc.queryForObject("SELECT description FROM " + table + " WHERE slug = ?", String.class, slug);
    }

    private List<String> sources(String table, String slug) {
        return jdbc
            .queryForList("SELECT s.slug FROM " + table + "_source c JOIN source s ON s.id = c.source_id WHERE c."
                    + table + "_id = id_for(?::regclass, ?) ORDER BY s.position", String.class, table, slug);
    }

    private List<String> functions(String table, String slug) {
        return jdbc.queryForList("SELECT function_slug FROM " + table + "_function WHERE " + table
                + "_id = id_for(?::regclass, ?) ORDER BY function_slug", String.class, table, slug);
    }

}
