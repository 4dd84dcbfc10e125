package org.antitrafficking.directory.seed;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.agency.AgencyRepository;
import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.department.DepartmentRepository;
import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.hotline.Hotline;
import org.antitrafficking.directory.hotline.HotlineChannel;
import org.antitrafficking.directory.hotline.HotlineRepository;
import org.antitrafficking.directory.program.Program;
import org.antitrafficking.directory.program.ProgramRepository;
import org.antitrafficking.directory.relief.ReliefType;
import org.antitrafficking.directory.relief.ReliefTypeRepository;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.Figure;
import org.antitrafficking.directory.source.Source;
import org.antitrafficking.directory.source.SourceRepository;
import org.antitrafficking.directory.support.RepositoryTest;
import org.antitrafficking.directory.taskforce.TaskForce;
import org.antitrafficking.directory.taskforce.TaskForceMember;
import org.antitrafficking.directory.taskforce.TaskForceRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the seed through the JPA mappings, so that a wrong column or join fails here. */
@RepositoryTest
class EntityMappingTest {

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
    void shouldReadADepartmentWithItsKindFiguresAndSources() {
        Department dhs = departments.findBySlug("dhs").orElseThrow();
        assertThat(dhs.getKind()).isEqualTo(Department.Kind.EXECUTIVE_DEPARTMENT);
        assertThat(dhs.getAcronym()).contains("DHS");
        assertThat(dhs.getWebsite()).contains("https://dhs.gov");
        assertThat(dhs.getFigures()).extracting(Figure::getValue).containsExactly("more than 1,000");
        assertThat(slugs(dhs)).containsExactly("ice-hsi-partners", "federal-agencies-fsap", "dhs-government-roles",
                "mission-89-federal-agencies", "dhs-in-action", "official-contact-information");
    }

    @Test
    void shouldReadAnAgencyWithItsPlaceUnitsAndFunctions() {
        Agency hsi = agencies.findBySlug("hsi").orElseThrow();
        assertThat(hsi.getDepartment().getSlug()).isEqualTo("dhs");
        assertThat(hsi.getParent()).map(Agency::getSlug).contains("ice");
        assertThat(hsi.getChildren()).extracting(Agency::getSlug)
            .containsExactly("child-exploitation-investigations-unit", "human-smuggling-and-trafficking-unit");
        assertThat(hsi.getFunctions()).contains(Function.PROSECUTION, Function.PROTECTION);
        assertThat(agencies.findBySlug("niosh").orElseThrow().getSourceNote()).hasValueSatisfying(
                note -> assertThat(note).contains("Department of Labor"));
    }

    @Test
    void shouldReadAProgramWithItsPartsAndOperators() {
        Program blueCampaign = programs.findBySlug("blue-campaign").orElseThrow();
        assertThat(blueCampaign.getKind()).isEqualTo(Program.Kind.CAMPAIGN);
        assertThat(blueCampaign.getParts()).extracting(Program::getSlug).contains("blue-campaign-mandatory-training");
        Program training = programs.findBySlug("blue-campaign-mandatory-training").orElseThrow();
        assertThat(training.getOperators())
            .extracting(operator -> operator.getAgency().getSlug() + ":" + operator.getRole())
            .contains("ccht:RUNS", "cbp:DELIVERS", "fema:DELIVERS");
        assertThat(programs.findBySlug("fsap").orElseThrow().getParts()).hasSize(4);
        Program report = programs.findBySlug("pitf-accomplishment-report").orElseThrow();
        assertThat(report.getDepartment()).isEmpty();
        assertThat(report.getTaskForce()).map(TaskForce::getSlug).contains("pitf");
    }

    @Test
    void shouldReadATaskForceWithItsMembersScopesAndFigures() {
        TaskForce hstc = taskForces.findBySlug("hstc").orElseThrow();
        assertThat(hstc.getMembers()).filteredOn(m -> m.getRole() == TaskForceMember.Role.PRIMARY_MEMBER)
            .extracting(m -> m.getDepartment().orElseThrow().getSlug())
            .containsExactlyInAnyOrder("doj", "state", "dhs");
        assertThat(hstc.getScopes()).containsExactlyInAnyOrder(TaskForce.Scope.NATIONAL, TaskForce.Scope.INTERNATIONAL);
        TaskForce pitf = taskForces.findBySlug("pitf").orElseThrow();
        assertThat(pitf.getMembers()).anySatisfy(m -> assertThat(m.getAgency()).map(Agency::getSlug).contains("fbi"));
        assertThat(taskForces.findBySlug("hsi-human-trafficking-task-forces").orElseThrow().getFigures())
            .extracting(Figure::getValue).containsExactly("nearly 100");
    }

    @Test
    void shouldReadAHotlineWithItsChannelsInOrder() {
        Hotline tipLine = hotlines.findBySlug("hsi-tip-line").orElseThrow();
        assertThat(tipLine.getAgency()).map(Agency::getSlug).contains("hsi");
        assertThat(tipLine.getOperatorRole()).contains(Hotline.OperatorRole.ANSWERS);
        assertThat(tipLine.isLawEnforcement()).isTrue();
        assertThat(tipLine.getAnonymousTips()).contains(true);
        assertThat(tipLine.getPurposes()).containsExactly(Hotline.Purpose.REPORT_TIP);
        assertThat(tipLine.getChannels()).extracting(HotlineChannel::getDisplayValue)
            .containsExactly("1-866-347-2423", "1-866-DHS-2-ICE", "802-872-6199", "802-872-6196", "ice.gov/tipline");
        assertThat(tipLine.getChannels()).first().satisfies(channel -> {
            assertThat(channel.getKind()).isEqualTo(HotlineChannel.Kind.VOICE);
            assertThat(channel.getDial()).contains("+18663472423");
            assertThat(channel.getSource().getSlug()).isEqualTo("federal-agencies-fsap");
        });
        assertThat(hotlines.findAllByOrderByPosition()).first().extracting(Hotline::getSlug).isEqualTo("emergency-911");
    }

    @Test
    void shouldReadAReliefTypeWithWhoHandlesIt() {
        ReliefType continuedPresence = reliefTypes.findBySlug("continued-presence").orElseThrow();
        assertThat(continuedPresence.getHandlers())
            .extracting(handler -> handler.getAgency().getSlug() + ":" + handler.getRole())
            .containsExactlyInAnyOrder("ccht:ADMINISTERS", "uscis:PROCESSES");
        assertThat(continuedPresence.getRequestedBy()).isPresent();
        assertThat(reliefTypes.findBySlug("t-nonimmigrant-status").orElseThrow().getRequestedBy())
            .as("the sources do not say who asks for a T visa").isEmpty();
        assertThat(reliefTypes.findAllByOrderByPosition()).extracting(ReliefType::getShortName)
            .containsExactly("T visa", "U visa", "CP", "SIJ", "VAWA");
    }

    @Test
    void shouldReadTheSourcesInTheirOrder() {
        assertThat(sources.findAllByOrderByPosition()).extracting(Source::getKind).containsExactly(
                Source.Kind.DOCUMENT, Source.Kind.DOCUMENT, Source.Kind.DOCUMENT, Source.Kind.DOCUMENT,
                Source.Kind.DOCUMENT, Source.Kind.SUPPLEMENT);
    }

    private static Iterable<String> slugs(CitedRecord record) {
        return record.getSources().stream().map(Source::getSlug).toList();
    }
}
