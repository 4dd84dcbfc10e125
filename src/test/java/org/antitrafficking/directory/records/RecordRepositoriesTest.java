package org.antitrafficking.directory.records;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validator;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.support.RecordRepositoryTest;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seeded record of every kind, with its links, loads through the entities: the
 * entities agree with the migrated schema (Hibernate validated them at start-up), read
 * every row and every closed value, and hold no seeded value their validation would
 * refuse.
 */
@RecordRepositoryTest
class RecordRepositoriesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Validator validator;

    @Autowired
    DepartmentRepository departments;

    @Autowired
    AgencyRepository agencies;

    @Autowired
    ProgramRepository programs;

    @Autowired
    TaskForceRepository taskForces;

    @Autowired
    HotlineRepository hotlines;

    @Autowired
    ReliefTypeRepository reliefTypes;

    @Autowired
    SourceRepository sources;

    @Test
    void shouldHaveValidatedTheEntitiesAgainstTheSchemaAtStartUp() {
        assertThat(this.entityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
        assertThat(this.entityManagerFactory.getMetamodel().getEntities()).hasSize(10);
    }

    @Test
    void shouldLoadEveryRowOfEveryRecordTableAndLink() {
        List<Department> allDepartments = this.departments.findAll();
        List<Agency> allAgencies = this.agencies.findAll();
        List<Program> allPrograms = this.programs.findAll();
        List<TaskForce> allTaskForces = this.taskForces.findAll();
        List<Hotline> allHotlines = this.hotlines.findAll();
        List<ReliefType> allReliefTypes = this.reliefTypes.findAll();
        Map<String, Integer> loaded = new TreeMap<>();
        loaded.put("department", allDepartments.size());
        loaded.put("component", allAgencies.size());
        loaded.put("program", allPrograms.size());
        loaded.put("task_force", allTaskForces.size());
        loaded.put("hotline", allHotlines.size());
        loaded.put("relief_type", allReliefTypes.size());
        loaded.put("source", this.sources.findAll().size());
        loaded.put("department_source", sum(allDepartments, (record) -> record.getSources().size()));
        loaded.put("component_source", sum(allAgencies, (record) -> record.getSources().size()));
        loaded.put("program_source", sum(allPrograms, (record) -> record.getSources().size()));
        loaded.put("task_force_source", sum(allTaskForces, (record) -> record.getSources().size()));
        loaded.put("hotline_source", sum(allHotlines, (record) -> record.getSources().size()));
        loaded.put("relief_type_source", sum(allReliefTypes, (record) -> record.getSources().size()));
        loaded.put("component_function", sum(allAgencies, (record) -> record.getFunctions().size()));
        loaded.put("program_function", sum(allPrograms, (record) -> record.getFunctions().size()));
        loaded.put("task_force_function", sum(allTaskForces, (record) -> record.getFunctions().size()));
        loaded.put("program_component", sum(allPrograms, (record) -> record.getOperators().size()));
        loaded.put("task_force_scope", sum(allTaskForces, (record) -> record.getScopes().size()));
        loaded.put("task_force_member", sum(allTaskForces, (record) -> record.getMembers().size()));
        loaded.put("hotline_purpose", sum(allHotlines, (record) -> record.getPurposes().size()));
        loaded.put("hotline_channel", sum(allHotlines, (record) -> record.getChannels().size()));
        loaded.put("relief_type_component", sum(allReliefTypes, (record) -> record.getHandlers().size()));
        loaded.put("figure",
                sum(allDepartments, (record) -> record.getFigures().size())
                        + sum(allAgencies, (record) -> record.getFigures().size())
                        + sum(allPrograms, (record) -> record.getFigures().size())
                        + sum(allTaskForces, (record) -> record.getFigures().size()));
        Map<String, Integer> rows = new TreeMap<>();
        loaded.keySet()
            .forEach((table) -> rows.put(table,
                    this.jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class)));
        assertThat(rows.values()).allMatch((count) -> count > 0);
        assertThat(loaded).isEqualTo(rows);
    }

    @Test
    void shouldReadTheClosedValuesAsTheEnumsOfTheirSlugs() {
        Hotline hotline = this.hotlines.findBySlug("national-human-trafficking-hotline").orElseThrow();
        assertThat(hotline.getPurposes()).contains(HotlinePurpose.GET_HELP);
        assertThat(hotline.getChannels()).extracting(HotlineChannel::getKind).contains(ChannelKind.VOICE);
        assertThat(hotline.getChannels()).extracting(HotlineChannel::getPosition).isSorted();
        assertThat(hotline.getLawEnforcement()).isNotNull();
        assertThat(hotline.getLawEnforcement().getSharing()).isEqualTo(LawEnforcementSharing.LIMITED);
        assertThat(hotline.getLawEnforcement().getSource().getSlug())
            .isEqualTo("hotline-operator-law-enforcement-statement");
        assertThat(hotline.getVersion()).isZero();
        Program campaign = this.programs.findBySlug("blue-campaign").orElseThrow();
        assertThat(campaign.getKind()).isEqualTo(ProgramKind.CAMPAIGN);
        assertThat(campaign.getFunctions()).contains(WorkFunction.PREVENTION);
        assertThat(this.agencies.findBySlug("hsi").orElseThrow().getDepartment().getSlug()).isEqualTo("dhs");
        assertThat(this.hotlines.findBySlug("emergency-911").orElseThrow().getLawEnforcement()).isNull();
        assertThat(this.departments.findBySlug("no-such-department")).isEmpty();
    }

    /**
     * A record read through a lazy reference is a proxy whose own fields are empty; the
     * record itself is what Hibernate validates before a write.
     */
    @Test
    void shouldFindEverySeededRecordValid() {
        Stream<Object> everything = Stream
            .of(this.departments, this.agencies, this.programs, this.taskForces, this.hotlines, this.reliefTypes,
                    this.sources)
            .flatMap((repository) -> repository.findAll().stream())
            .map(Hibernate::unproxy);
        assertThat(everything.flatMap((record) -> this.validator.validate(record).stream())
            .map((violation) -> violation.getRootBean() + " " + violation.getPropertyPath() + ": "
                    + violation.getMessage()))
            .as("seeded values the validation would refuse")
            .isEmpty();
    }

    private static <R> int sum(List<R> records, Function<R, Integer> count) {
        return records.stream().mapToInt(count::apply).sum();
    }

}
