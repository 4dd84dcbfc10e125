package org.antitrafficking.directory.readmodel.load;

import java.time.LocalDate;
import java.util.List;

import org.antitrafficking.directory.readmodel.AgencyNode;
import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.DepartmentKind;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectoryCounts;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.FigureView;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.HandlerRole;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.MemberRole;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.RecordNotFoundException;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.TaskForceScope;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each assembler on the {@link SmallDirectory}: what a page of each kind shows, in the
 * order it shows it, from rows given in no particular order.
 */
class SnapshotAssemblerTest {

    private final DirectorySnapshot snapshot = SnapshotAssembler.assemble(SmallDirectory.rows());

    @Test
    void shouldListADepartmentsComponentsAsATreeWithWhatBelongsToIt() {
        DepartmentPage dhs = snapshot.departments().page("dhs");
        assertThat(dhs.kind()).isEqualTo(DepartmentKind.EXECUTIVE_DEPARTMENT);
        assertThat(dhs.agencies()).as("only the top components, each with its own")
            .extracting(node -> node.link().slug(), node -> slugsOf(node.children()))
            .containsExactly(tuple("hsi", List.of("ccht")));
        assertThat(dhs.programs()).extracting(program -> program.link().slug()).containsExactly("blue-campaign");
        assertThat(dhs.taskForces()).as("led by the department and joined by one of its components: listed once")
            .extracting(RecordLink::slug)
            .containsExactly("trafficking-task-force");
        assertThat(dhs.hotlines()).as("911 belongs to no department")
            .extracting(RecordLink::slug)
            .containsExactly("hsi-tip-line");
        assertThat(dhs.reliefTypes()).extracting(RecordLink::slug).containsExactly("continued-presence");
        assertThat(dhs.provenance().sourceSlugs()).containsExactly("dhs-in-action");
        assertThat(snapshot.departments().all()).singleElement().satisfies(summary -> {
            assertThat(summary.agencies()).as("components at every level").isEqualTo(2);
            assertThat(summary.programs()).isEqualTo(1);
        });
        assertThat(snapshot.departmentGroups()).singleElement()
            .satisfies(group -> assertThat(group.kind()).isEqualTo(DepartmentKind.EXECUTIVE_DEPARTMENT));
    }

    @Test
    void shouldPlaceAnAgencyInItsDepartmentFromTheTopDown() {
        AgencyPage ccht = snapshot.agencies().page("ccht");
        assertThat(ccht.breadcrumbs()).extracting(RecordLink::slug).containsExactly("dhs", "hsi");
        assertThat(ccht.parent().slug()).isEqualTo("hsi");
        assertThat(ccht.programs()).extracting(program -> program.link().slug()).containsExactly("blue-campaign");
        assertThat(ccht.reliefTypes()).extracting(RecordLink::slug).containsExactly("continued-presence");
        assertThat(ccht.functions()).containsExactly(WorkFunction.PROTECTION, WorkFunction.PARTNERSHIP);

        AgencyPage hsi = snapshot.agencies().page("hsi");
        assertThat(hsi.breadcrumbs()).extracting(RecordLink::slug).containsExactly("dhs");
        assertThat(slugsOf(hsi.units())).containsExactly("ccht");
        assertThat(hsi.taskForces()).extracting(RecordLink::slug).containsExactly("trafficking-task-force");
        assertThat(hsi.hotlines()).extracting(RecordLink::slug).containsExactly("hsi-tip-line");

        assertThat(snapshot.agencies().all()).as("in name order")
            .extracting(agency -> agency.link().slug())
            .containsExactly("ccht", "hsi");
        assertThat(snapshot.agencyTrees()).singleElement().satisfies(tree -> {
            assertThat(tree.department().slug()).isEqualTo("dhs");
            assertThat(slugsOf(tree.agencies())).containsExactly("hsi");
        });
    }

    @Test
    void shouldListAProgramsOperatorsInRoleOrderAndItsSourcesInTheDirectorysOrder() {
        ProgramPage program = snapshot.programs().page("blue-campaign");
        assertThat(program.operators()).as("runs before supports, whatever the names")
            .extracting(operator -> operator.agency().slug(), ProgramPage.Operator::role)
            .containsExactly(tuple("hsi", OperatorRole.RUNS), tuple("ccht", OperatorRole.SUPPORTS));
        assertThat(program.department().slug()).isEqualTo("dhs");
        assertThat(program.functions()).containsExactly(WorkFunction.PREVENTION, WorkFunction.PARTNERSHIP);
        assertThat(program.figures()).containsExactly(
                new FigureView("2,000", "partners trained", "blue-campaign-site", "About the Blue Campaign"));
        assertThat(program.provenance().sourceSlugs()).as("by the sources' positions, not the order of the row")
            .containsExactly("dhs-in-action", "blue-campaign-site");
    }

    @Test
    void shouldGroupATaskForcesMembersByRole() {
        TaskForcePage taskForce = snapshot.taskForces().page("trafficking-task-force");
        assertThat(taskForce.members()).extracting(TaskForcePage.MemberGroup::role, group -> slugs(group.members()))
            .containsExactly(tuple(MemberRole.LEAD, List.of("dhs")), tuple(MemberRole.MEMBER, List.of("hsi")));
        assertThat(taskForce.scopes()).containsExactly(TaskForceScope.LOCAL, TaskForceScope.NATIONAL);
        assertThat(taskForce.otherParticipants()).isEqualTo("State and local police");
        assertThat(snapshot.taskForces().all()).singleElement()
            .satisfies(summary -> assertThat(slugs(summary.leads())).containsExactly("dhs"));
    }

    @Test
    void shouldGiveEveryChannelOfAHotlineTheLinkAPhoneCanFollow() {
        HotlineCard emergency = snapshot.hotlines().page("emergency-911").card();
        assertThat(emergency.channels()).as("in their positions' order")
            .extracting(HotlineCard.Channel::kind, HotlineCard.Channel::value, HotlineCard.Channel::href)
            .containsExactly(tuple(ChannelKind.VOICE, "911", "tel:911"), tuple(ChannelKind.TEXT, "911", "sms:911"));
        assertThat(emergency.phoneNumbers()).extracting(HotlineCard.Channel::href).containsExactly("tel:911");
        assertThat(emergency.operator()).isNull();

        HotlineCard tipLine = snapshot.hotlines().page("hsi-tip-line").card();
        assertThat(tipLine.channels()).extracting(HotlineCard.Channel::href)
            .containsExactly("tel:+18663472423", "https://www.ice.gov/webform/hsi-tip-form");
        assertThat(tipLine.channels()).extracting(HotlineCard.Channel::sourceSlug).containsOnly("dhs-in-action");
        assertThat(tipLine.operator().slug()).isEqualTo("hsi");
        assertThat(tipLine.operatorRole()).isEqualTo(HotlineOperatorRole.ANSWERS);
        assertThat(tipLine.purposes()).containsExactly(HotlinePurpose.REPORT_TIP);
        assertThat(tipLine.lawEnforcement().sharing()).isEqualTo(LawEnforcementSharing.YES);
        assertThat(tipLine.lawEnforcement().sourceSlug()).isEqualTo("dhs-in-action");
        assertThat(tipLine.anonymousTips()).isTrue();
        assertThat(tipLine.confidential()).as("the sources do not say").isNull();
    }

    @Test
    void shouldPutTheEmergencyLineFirst() {
        assertThat(snapshot.hotlines().all()).extracting(card -> card.link().slug())
            .containsExactly("emergency-911", "hsi-tip-line");
        assertThat(snapshot.emergencyHotline()).get().extracting(card -> card.link().slug()).isEqualTo("emergency-911");
        assertThat(snapshot.featuredHotlines()).hasSize(2);
        assertThat(snapshot.helpLine()).as("no featured line is for getting help").isEmpty();
    }

    @Test
    void shouldListTheHandlersOfAFormOfReliefInRoleOrder() {
        ReliefCard relief = snapshot.reliefTypes().page("continued-presence").card();
        assertThat(relief.handlers()).extracting(handler -> handler.agency().slug(), ReliefCard.Handler::role)
            .containsExactly(tuple("ccht", HandlerRole.ADMINISTERS), tuple("hsi", HandlerRole.REQUESTS));
        assertThat(relief.department().slug()).isEqualTo("dhs");
        assertThat(relief.shortName()).isEqualTo("CP");
    }

    @Test
    void shouldListTheRecordsCitingASourceHotlinesFirstThenByKindAndName() {
        SourcePage source = snapshot.sources().page("dhs-in-action");
        assertThat(source.records()).extracting(SourcePage.Group::kind)
            .containsExactly(RecordKind.HOTLINE, RecordKind.DEPARTMENT, RecordKind.AGENCY, RecordKind.PROGRAM,
                    RecordKind.TASK_FORCE, RecordKind.RELIEF_TYPE);
        assertThat(source.records().get(2).records()).as("agencies by name")
            .extracting(RecordLink::slug)
            .containsExactly("ccht", "hsi");
        assertThat(source.recordCount()).isEqualTo(7);
        assertThat(source.citation()).isEqualTo(new Citation("dhs-in-action", "DHS in Action: Human Trafficking",
                "U.S. Department of Homeland Security", "2024", false, LocalDate.of(2024, 6, 1), "document"));

        assertThat(snapshot.sources().page("blue-campaign-site").records())
            .extracting(SourcePage.Group::kind, group -> slugs(group.records()))
            .containsExactly(tuple(RecordKind.HOTLINE, List.of("emergency-911")),
                    tuple(RecordKind.PROGRAM, List.of("blue-campaign")));
        assertThat(snapshot.sources().all()).as("in their positions' order")
            .extracting(page -> page.citation().slug())
            .containsExactly("dhs-in-action", "blue-campaign-site");
    }

    @Test
    void shouldListWhatEachFunctionIsTaggedOn() {
        assertThat(snapshot.functions()).extracting(FunctionPage::function).containsExactly(WorkFunction.values());
        FunctionPage protection = snapshot.function("protection");
        assertThat(protection.agencies()).extracting(agency -> agency.link().slug()).containsExactly("ccht", "hsi");
        assertThat(protection.taskForces()).extracting(taskForce -> taskForce.link().slug())
            .containsExactly("trafficking-task-force");
        assertThat(protection.programs()).isEmpty();
        assertThat(snapshot.function("prevention").total()).isEqualTo(1);
        assertThat(snapshot.agencyFunctions().matching(List.of(WorkFunction.PARTNERSHIP))).isEqualTo(1);
        assertThat(snapshot.taskForceFunctions().matching(List.of(WorkFunction.PREVENTION))).isZero();
    }

    @Test
    void shouldCountEveryKindAndIndexEveryRecordForSearch() {
        assertThat(snapshot.counts()).isEqualTo(new DirectoryCounts(1, 2, 1, 1, 2, 1, 2));
        assertThat(snapshot.version()).isEqualTo(SmallDirectory.VERSION);
        assertThat(snapshot.search().size()).isEqualTo(10);
        assertThat(snapshot.allRecords()).hasSize(10);
        assertThat(snapshot.search().find(List.of("blue"))).extracting(hit -> hit.link().slug())
            .startsWith("blue-campaign");
        assertThat(snapshot.search().find(List.of("available"))).as("a channel's instructions are not indexed")
            .isEmpty();
        assertThat(snapshot.search().find(List.of("347"))).as("a channel's number is")
            .extracting(hit -> hit.link().slug())
            .containsExactly("hsi-tip-line");
    }

    @Test
    void shouldRefuseASlugItDoesNotHoldWithItsKind() {
        assertThatThrownBy(() -> snapshot.agencies().page("fbi")).isInstanceOfSatisfying(RecordNotFoundException.class,
                ex -> {
                    assertThat(ex.getKind()).isEqualTo(RecordKind.AGENCY);
                    assertThat(ex.getSlug()).isEqualTo("fbi");
                });
        assertThatThrownBy(() -> snapshot.function("rescue")).isInstanceOfSatisfying(RecordNotFoundException.class,
                ex -> assertThat(ex.getKind()).isEqualTo(RecordKind.FUNCTION));
        assertThat(snapshot.departmentLink("dhs")).get()
            .extracting(RecordLink::label)
            .isEqualTo("Department of Homeland Security (DHS)");
        assertThat(snapshot.departmentLink("doj")).isEmpty();
    }

    private static List<String> slugsOf(List<AgencyNode> nodes) {
        return nodes.stream().map(node -> node.link().slug()).toList();
    }

    private static List<String> slugs(List<RecordLink> links) {
        return links.stream().map(RecordLink::slug).toList();
    }

}
