package org.antitrafficking.directory.seed;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a review of the seed against the sources found wrong (issue 8), each fixed by a
 * migration.
 */
@RepositoryTest
class SeedCorrectionsTest {

    private static final String RELIEF_SOURCE = "uscis-dhs-immigration-relief";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldCiteTheReliefInformationAsASourceOfItsOwnForEveryFormOfRelief() {
        assertThat(jdbc.queryForMap("SELECT title, kind, file_name FROM source WHERE slug = ?", RELIEF_SOURCE))
            .containsEntry("title", "Supplementary: USCIS and DHS information on immigration relief")
            .containsEntry("kind", "supplement")
            .containsEntry("file_name", "SUPPLEMENT.md#immigration-relief-from-uscis-and-dhs");
        assertThat(jdbc.queryForList("""
                SELECT r.slug FROM relief_type r WHERE NOT EXISTS (
                    SELECT 1 FROM relief_type_source c JOIN source s ON s.id = c.source_id
                    WHERE c.relief_type_id = r.id AND s.slug = ?)""", String.class, RELIEF_SOURCE)).isEmpty();
    }

    @Test
    void shouldSayForEachFormOfReliefWhoItIsForInsteadOfOneLineForAll() {
        Map<String, String> eligibility = column("eligibility");
        assertThat(eligibility.values()).doesNotContainNull()
            .doesNotHaveDuplicates()
            .noneMatch(text -> text.toLowerCase().contains("victims of human trafficking and other crimes"));
        assertThat(eligibility.get("special-immigrant-juvenile")).contains("children under 21")
            .contains("state juvenile court");
        assertThat(eligibility.get("vawa-benefits")).contains("spouse, child or parent")
            .contains("citizen or permanent resident");
        assertThat(eligibility.get("u-nonimmigrant-status")).contains("qualifying crime")
            .contains("substantial physical or mental abuse");
        assertThat(eligibility.get("t-nonimmigrant-status")).contains("severe form of trafficking");
        assertThat(eligibility.get("continued-presence")).contains("witnesses");
    }

    @Test
    void shouldGiveTheFormTheYearlyLimitAndWhoAsksForEachAsTheSourceDoes() {
        assertThat(column("application_form")).containsEntry("t-nonimmigrant-status", "Form I-914")
            .containsEntry("u-nonimmigrant-status", "Form I-918")
            .containsEntry("special-immigrant-juvenile", "Form I-360")
            .containsEntry("vawa-benefits", "Form I-360")
            .containsEntry("continued-presence", "None: the victim does not apply");
        assertThat(column("annual_limit")).containsEntry("t-nonimmigrant-status", "5,000 principal T visas a year")
            .containsEntry("u-nonimmigrant-status", "10,000 principal U visas a year")
            .containsEntry("continued-presence", null)
            .containsEntry("special-immigrant-juvenile", null);
        Map<String, String> requestedBy = column("requested_by");
        assertThat(requestedBy.get("continued-presence")).contains("federal law enforcement")
            .contains("no way to apply");
        assertThat(requestedBy.get("u-nonimmigrant-status")).contains("certification");
        assertThat(requestedBy.get("vawa-benefits")).contains("without the abuser");

        SourceDocuments documents = SourceDocuments.locate();
        String relief = documents
            .text(jdbc.queryForObject("SELECT file_name FROM source WHERE slug = ?", String.class, RELIEF_SOURCE));
        for (String form : List.of("Form I-914", "Form I-918", "Form I-360", "5,000 principal T visas",
                "10,000 principal U visas")) {
            assertThat(relief).as("the relief source gives %s", form).contains(form);
        }
    }

    @Test
    void shouldShowIcesPartInRelief() {
        assertThat(jdbc.queryForList(
                """
                        SELECT r.slug || ':' || h.role FROM relief_type_component h JOIN relief_type r ON r.id = h.relief_type_id
                        JOIN component c ON c.id = h.component_id WHERE c.slug = 'ice'""",
                String.class))
            .containsExactly("continued-presence:requests");
        // dhs-government-roles never names Continued Presence (issue 16): ICE requests it
        // as federal law enforcement.
        assertThat(sources("relief_type", "continued-presence")).contains(RELIEF_SOURCE)
            .doesNotContain("dhs-government-roles");
    }

    @Test
    void shouldCreditTheUsAttorneysOfficesOnlyWithWhatTheSourceSays() {
        String offices = description("component", "us-attorneys-offices");
        assertThat(offices).contains("HSI works closely with them")
            .contains("investigators of the FBI and the Department of Labor")
            .doesNotContain("investigators from HSI");
    }

    @Test
    void shouldGiveTheCchtItsMandateAndDhsItsBreadth() {
        assertThat(description("component", "ccht")).doesNotContain("sets and delivers")
            .contains("conducting and reviewing DHS's human trafficking training and helping with it");
        assertThat(description("program", "ccht-training")).doesNotContain("basic awareness")
            .doesNotContain("advanced sessions")
            .contains("mandate to conduct, review and help with");
        assertThat(description("department", "dhs"))
            .contains("from general awareness to advanced enforcement and victim protection");
    }

    @Test
    void shouldCountDhsInvestigationsWithoutSayingOpened() {
        assertThat(description("department", "dhs")).doesNotContainIgnoringCase("open")
            .contains("counts more than a thousand");
        assertThat(jdbc.queryForList(
                "SELECT label FROM figure WHERE department_id = (SELECT id FROM department WHERE slug = 'dhs')",
                String.class))
            .singleElement()
            .asString()
            .doesNotContainIgnoringCase("opened")
            .startsWith("criminal investigations a year");
    }

    @Test
    void shouldGiveTheInternationalLawEnforcementAcademiesARecordLinkedToHsisTraining() {
        Map<String, Object> academies = jdbc.queryForMap(
                "SELECT id, acronym, kind FROM task_force WHERE slug = 'international-law-enforcement-academies'");
        assertThat(academies).containsEntry("acronym", "ILEA").containsEntry("kind", "academy-network");
        assertThat(sources("task_force", "international-law-enforcement-academies"))
            .containsExactly("ice-hsi-partners");
        Map<String, Object> training = jdbc
            .queryForMap("SELECT acronym, task_force_id FROM program WHERE slug = 'hsi-international-training'");
        assertThat(training.get("acronym")).isNull();
        assertThat(training.get("task_force_id")).isEqualTo(academies.get("id"));
    }

    @Test
    void shouldGiveEveryTaskForceAScope() {
        assertThat(jdbc.queryForList(
                """
                        SELECT slug FROM task_force t WHERE NOT EXISTS (SELECT 1 FROM task_force_scope s WHERE s.task_force_id = t.id)""",
                String.class))
            .isEmpty();
    }

    @Test
    void shouldTagNothingWithAFunctionNoSourceSupports() {
        assertThat(functions("component", "bjs")).doesNotContain("prevention");
        assertThat(functions("component", "nhttac")).isEmpty();
        assertThat(functions("program", "opla-attorney-training")).containsExactly("protection");
        assertThat(functions("program", "attorney-generals-tip-report")).isEmpty();
        assertThat(functions("program", "national-strategy-to-combat-human-trafficking")).isEmpty();
    }

    @Test
    void shouldCallNoAgencyOfThePresidentsTaskForceAMemberAsAFact() {
        assertThat(jdbc.queryForList(
                """
                        SELECT DISTINCT role FROM task_force_member WHERE task_force_id = (SELECT id FROM task_force WHERE slug = 'pitf')""",
                String.class))
            .containsExactly("member-or-invited");
        assertThat(jdbc.queryForList("SELECT slug FROM department WHERE description LIKE 'A member of%'", String.class))
            .isEmpty();
    }

    /**
     * Every acronym or short name is in a source text, or its record says it is the
     * agency's own usage.
     */
    @Test
    void shouldSayWhichAcronymsAreTheAgenciesOwn() {
        List<String> texts = SourceDocuments.locate().allTexts();
        List<Map<String, Object>> acronyms = jdbc.queryForList("""
                SELECT 'department ' || slug AS record, acronym, source_note FROM department WHERE acronym IS NOT NULL
                UNION ALL SELECT 'agency ' || slug, acronym, source_note FROM component WHERE acronym IS NOT NULL
                UNION ALL SELECT 'program ' || slug, acronym, source_note FROM program WHERE acronym IS NOT NULL
                UNION ALL SELECT 'task force ' || slug, acronym, source_note FROM task_force WHERE acronym IS NOT NULL
                UNION ALL SELECT 'relief ' || slug, short_name, source_note FROM relief_type""");
        assertThat(acronyms).hasSizeGreaterThan(50);
        int ownUsage = 0;
        for (Map<String, Object> row : acronyms) {
            String acronym = (String) row.get("acronym");
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])");
            if (texts.stream().noneMatch(text -> word.matcher(text).find())) {
                ownUsage++;
                assertThat((String) row.get("source_note"))
                    .as("the note of %s on its acronym %s", row.get("record"), acronym)
                    .contains(" " + acronym + " is ")
                    .contains("own usage, not the documents'");
            }
        }
        assertThat(ownUsage).as("acronyms no source gives").isGreaterThan(20);
    }

    private Map<String, String> column(String name) {
        Map<String, String> values = new java.util.HashMap<>();
        jdbc.query("SELECT slug, " + name + " FROM relief_type", row -> {
            values.put(row.getString(1), row.getString(2));
        });
        assertThat(values).hasSize(5);
        return values;
    }

    private String description(String table, String slug) {
        return jdbc.queryForObject("SELECT description FROM " + table + " WHERE slug = ?", String.class, slug);
    }

    private List<String> sources(String table, String slug) {
        return jdbc.queryForList(
                "SELECT s.slug FROM " + table + "_source c JOIN source s ON s.id = c.source_id WHERE c." + table
                        + "_id = (SELECT id FROM " + table + " WHERE slug = ?) ORDER BY s.position",
                String.class, slug);
    }

    private List<String> functions(String table, String slug) {
        return jdbc.queryForList("SELECT function_slug FROM " + table + "_function WHERE " + table
                + "_id = (SELECT id FROM " + table + " WHERE slug = ?) ORDER BY function_slug", String.class, slug);
    }

}
