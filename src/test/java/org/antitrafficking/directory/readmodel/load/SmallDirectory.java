package org.antitrafficking.directory.readmodel.load;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.Translations;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.CheckRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.FigureRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HandlerRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.MemberRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.OperatorRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.RevisionRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.SourceRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.TaskForceRow;

/**
 * A small directory built without a database, by the same assembler that builds the real
 * one from its rows: one department with two components (one inside the other), a program
 * both run, a task force, two hotlines (911 by voice and text, and a tip line), a form of
 * relief and two sources. For tests of the pages, the API and the services that need a
 * real {@link DirectorySnapshot} but not the seed data; the seed data is the slow tests'
 * business.
 */
public final class SmallDirectory {

    public static final DataVersion VERSION = new DataVersion(7, Instant.parse("2026-11-22T10:00:00Z"));

    static final long DHS_IN_ACTION = 1;

    static final long BLUE_CAMPAIGN_SITE = 2;

    static final long DHS = 10;

    static final long HSI = 20;

    static final long CCHT = 21;

    static final long BLUE_CAMPAIGN = 30;

    static final long TASK_FORCE = 40;

    static final long EMERGENCY = 50;

    static final long TIP_LINE = 51;

    static final long CONTINUED_PRESENCE = 60;

    private static final DirectorySnapshot SNAPSHOT = SnapshotAssembler.assemble(rows());

    private SmallDirectory() {
    }

    /** The directory, built once: it is immutable, as every snapshot is. */
    public static DirectorySnapshot snapshot() {
        return SNAPSHOT;
    }

    /** A read model that always answers with {@link #snapshot()}. */
    public static ReadModel readModel() {
        return SmallDirectory::snapshot;
    }

    /** The rows of the directory, as the snapshot loader would read them. */
    static DirectoryRows rows() {
        return new DirectoryRows(VERSION, sources(), departments(), components(), programs(), operators(), taskForces(),
                members(), hotlines(), channels(), reliefTypes(), handlers(), figures(), revisions(), checks(),
                List.of(), translations());
    }

    /**
     * The tip line's description in Spanish; everything else has no translation, as a
     * record whose English changed since would not.
     */
    private static Translations translations() {
        return Translations.builder()
            .add(RecordKind.HOTLINE, "hsi-tip-line", "description",
                    "La línea de DHS para denunciar la trata de personas a sus investigadores.")
            .build();
    }

    private static List<SourceRow> sources() {
        return List.of(
                new SourceRow(BLUE_CAMPAIGN_SITE, "blue-campaign-site", "About the Blue Campaign",
                        "U.S. Department of Homeland Security", "2025", LocalDate.of(2025, 3, 1), "document",
                        "The campaign's own description of its work.", 2, null),
                new SourceRow(DHS_IN_ACTION, "dhs-in-action", "DHS in Action: Human Trafficking",
                        "U.S. Department of Homeland Security", "2024", LocalDate.of(2024, 6, 1), "document",
                        "How the department's components counter human trafficking.", 1, null));
    }

    private static List<DepartmentRow> departments() {
        return List.of(new DepartmentRow(DHS, "dhs", "Department of Homeland Security", "DHS", "executive-department",
                "Investigates trafficking and protects its victims.", "https://www.dhs.gov/", null,
                List.of(DHS_IN_ACTION)));
    }

    /** HSI, and the center inside it; by name the center comes first. */
    private static List<ComponentRow> components() {
        return List.of(
                new ComponentRow(HSI, "hsi", "Homeland Security Investigations", "HSI", "agency", DHS, null,
                        "Investigates human trafficking across borders.", "https://www.ice.gov/hsi", null,
                        List.of("protection", "prosecution"), List.of(DHS_IN_ACTION)),
                new ComponentRow(CCHT, "ccht", "Center for Countering Human Trafficking", "CCHT", "center", DHS, HSI,
                        "Coordinates the department's work against trafficking.", null, null,
                        List.of("protection", "partnership"), List.of(DHS_IN_ACTION)));
    }

    private static List<ProgramRow> programs() {
        return List.of(new ProgramRow(BLUE_CAMPAIGN, "blue-campaign", "Blue Campaign", null, "campaign", DHS, null,
                false, null, "Raises awareness of human trafficking and trains partners to recognize its indicators.",
                "https://www.dhs.gov/blue-campaign", null, List.of("prevention", "partnership"),
                List.of(BLUE_CAMPAIGN_SITE, DHS_IN_ACTION)));
    }

    /** HSI runs the campaign and the center supports it: role order is not name order. */
    private static List<OperatorRow> operators() {
        return List.of(new OperatorRow(BLUE_CAMPAIGN, CCHT, "supports"), new OperatorRow(BLUE_CAMPAIGN, HSI, "runs"));
    }

    private static List<TaskForceRow> taskForces() {
        return List.of(new TaskForceRow(TASK_FORCE, "trafficking-task-force", "Human Trafficking Task Force", "HTTF",
                "task-force", "Brings investigators and victim specialists together.", "State and local police", null,
                null, List.of("national", "local"), List.of("prosecution", "protection"), List.of(DHS_IN_ACTION)));
    }

    private static List<MemberRow> members() {
        return List.of(new MemberRow(TASK_FORCE, null, HSI, "member"), new MemberRow(TASK_FORCE, DHS, null, "lead"));
    }

    private static List<HotlineRow> hotlines() {
        return List.of(new HotlineRow(TIP_LINE, "hsi-tip-line", "HSI Tip Line", DHS, HSI, "answers",
                "Report suspected trafficking to investigators.", "Anyone", "24 hours a day", "English, Spanish", "yes",
                null, DHS_IN_ACTION, true, null, null, null, 2, true, List.of("report-tip"), List.of(DHS_IN_ACTION)),
                new HotlineRow(EMERGENCY, "emergency-911", "911", null, null, null,
                        "Call or text if you are in immediate danger.", null, "24 hours a day", null, null, null, null,
                        null, null, null, null, 1, true, List.of("emergency"), List.of(BLUE_CAMPAIGN_SITE)));
    }

    /** 911 by voice and text, the tip line by voice and an online form. */
    private static List<ChannelRow> channels() {
        return List.of(
                new ChannelRow(TIP_LINE, "online-form", "Online tip form", null,
                        "https://www.ice.gov/webform/hsi-tip-form", null, DHS_IN_ACTION, 2),
                new ChannelRow(TIP_LINE, "voice", "1-866-347-2423", "+18663472423", null, null, DHS_IN_ACTION, 1),
                new ChannelRow(EMERGENCY, "text", "911", "911", null, "Where text-to-911 is available",
                        BLUE_CAMPAIGN_SITE, 2),
                new ChannelRow(EMERGENCY, "voice", "911", "911", null, null, BLUE_CAMPAIGN_SITE, 1));
    }

    private static List<ReliefRow> reliefTypes() {
        return List.of(new ReliefRow(CONTINUED_PRESENCE, "continued-presence", "Continued Presence", "CP", DHS,
                "Lets a victim stay in the country during an investigation.", "Victims of trafficking",
                "Law enforcement", null, "Temporary stay and work authorization", null, null, null, 1,
                List.of(DHS_IN_ACTION)));
    }

    /** HSI asks for it and the center administers it: role order is not name order. */
    private static List<HandlerRow> handlers() {
        return List.of(new HandlerRow(CONTINUED_PRESENCE, HSI, "requests"),
                new HandlerRow(CONTINUED_PRESENCE, CCHT, "administers"));
    }

    private static List<FigureRow> figures() {
        return List
            .of(new FigureRow(null, null, BLUE_CAMPAIGN, null, "2,000", "partners trained", BLUE_CAMPAIGN_SITE, 1));
    }

    /**
     * The tip line's hours corrected twice, on two days; the campaign's website added;
     * and one check of the tip line, between the two corrections. The rows come oldest
     * first, as the loader reads them.
     */
    private static List<RevisionRow> revisions() {
        return List.of(
                new RevisionRow(1, "hotline", TIP_LINE, "hours", "Weekdays", "24 hours a day",
                        "The source gives the hours.", DHS_IN_ACTION, Instant.parse("2026-11-02T15:00:00Z")),
                new RevisionRow(2, "program", BLUE_CAMPAIGN, "website", null, "https://www.dhs.gov/blue-campaign",
                        "The campaign's own site.", BLUE_CAMPAIGN_SITE, Instant.parse("2026-11-03T09:00:00Z")),
                new RevisionRow(3, "hotline", TIP_LINE, "hours", "24 hours", "24 hours a day",
                        "As the source writes it.", DHS_IN_ACTION, Instant.parse("2026-11-20T10:30:00Z")));
    }

    private static List<CheckRow> checks() {
        return List.of(new CheckRow("hotline", TIP_LINE, DHS_IN_ACTION, Instant.parse("2026-11-10T12:00:00Z")));
    }

}
