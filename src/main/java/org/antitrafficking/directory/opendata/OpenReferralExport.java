package org.antitrafficking.directory.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.springframework.stereotype.Service;

/**
 * The directory shaped like the tabular form of the Open Referral Human Services Data Specification
 * (HSDS 3.0): organizations, programs, services, phones, schedules and languages. The README maps each
 * field. Identifiers are name-based UUIDs of the records' slugs, so they stay the same from one export
 * to the next.
 */
@Service
class OpenReferralExport {

    private static final String EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";

    private final ReadModel directory;

    OpenReferralExport(ReadModel directory) {
        this.directory = directory;
    }

    List<CsvTable> tables() {
        DirectorySnapshot snapshot = directory.snapshot();
        CsvTable organizations = new CsvTable("organization", "id", "name", "alternate_name", "description", "website",
                "parent_organization_id");
        for (DepartmentPage department : snapshot.departments().allPages()) {
            organizations.row(id(department.link()), department.link().name(), department.link().acronym(),
                    department.description(), department.website(), null);
        }
        for (AgencyPage agency : snapshot.agencies().allPages()) {
            organizations.row(id(agency.link()), agency.link().name(), agency.link().acronym(), agency.description(),
                    agency.website(), id(agency.parent()));
        }
        for (TaskForcePage taskForce : snapshot.taskForces().allPages()) {
            organizations.row(id(taskForce.link()), taskForce.link().name(), taskForce.link().acronym(),
                    taskForce.description(), taskForce.website(), null);
        }

        CsvTable programTable = new CsvTable("program", "id", "organization_id", "name", "alternate_name", "description");
        for (ProgramPage program : snapshot.programs().allPages()) {
            programTable.row(id(program.link()), id(organizationOf(program)), program.link().name(),
                    program.link().acronym(), program.description());
        }

        CsvTable services = new CsvTable("service", "id", "organization_id", "program_id", "name", "alternate_name",
                "description", "url", "status");
        CsvTable phones = new CsvTable("phone", "id", "service_id", "number", "extension", "type", "description");
        CsvTable schedules = new CsvTable("schedule", "id", "service_id", "freq", "byday", "opens_at", "closes_at",
                "description");
        CsvTable languages = new CsvTable("language", "id", "service_id", "phone_id", "name", "code", "note");
        for (HotlineCard hotline : snapshot.hotlines().all()) {
            if (hotline.operator() == null) {
                // HSDS requires every service to belong to an organization; 911 has none here.
                continue;
            }
            String slug = hotline.link().slug();
            services.row(id(hotline.link()), id(hotline.operator()), null, hotline.link().name(), null,
                    hotline.description(), hotline.website(), "active");
            for (HotlineCard.Channel channel : hotline.channels()) {
                Optional<String> type = phoneType(channel.kind());
                if (type.isPresent()) {
                    // By the channel's position in the data, so a phone keeps its id when another is removed.
                    String phoneId = uuid("phone", slug + "/" + channel.position());
                    phones.row(phoneId, id(hotline.link()), channel.value(), null, type.get(), channel.instructions());
                    if (hotline.languages() != null) {
                        languages.row(uuid("language", phoneId), id(hotline.link()), phoneId, null, null,
                                hotline.languages());
                    }
                }
            }
            if ("24/7".equals(hotline.hours())) {
                schedules.row(uuid("schedule", slug), id(hotline.link()), "WEEKLY", EVERY_DAY, "00:00", "23:59",
                        hotline.hours());
            }
        }
        for (ReliefCard relief : snapshot.reliefTypes().all()) {
            services.row(id(relief.link()), id(administratorOf(relief)), null, relief.link().name(), relief.shortName(),
                    relief.description(), relief.website(), "active");
        }
        return List.of(organizations, programTable, services, phones, schedules, languages);
    }

    /** The component that runs the program, or else its department, or else its coordination body. */
    private static RecordLink organizationOf(ProgramPage program) {
        return program.operators().stream()
            .filter(operator -> "runs".equals(operator.role()))
            .map(ProgramPage.Operator::agency)
            .findFirst()
            .orElse((program.department() != null) ? program.department() : program.taskForce());
    }

    private static RecordLink administratorOf(ReliefCard relief) {
        return relief.handlers().stream()
            .filter(handler -> "administers".equals(handler.role()))
            .map(ReliefCard.Handler::agency)
            .findFirst()
            .orElse(relief.department());
    }

    private static Optional<String> phoneType(String kind) {
        return switch (kind) {
            case "voice" -> Optional.of("voice");
            case "text" -> Optional.of("text");
            case "tty" -> Optional.of("textphone");
            default -> Optional.empty();
        };
    }

    static String id(RecordLink record) {
        return uuid(record.kind().slug(), record.slug());
    }

    private static String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
