package org.antitrafficking.directory.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.agency.AgencyRepository;
import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.department.DepartmentRepository;
import org.antitrafficking.directory.hotline.Hotline;
import org.antitrafficking.directory.hotline.HotlineChannel;
import org.antitrafficking.directory.hotline.HotlineRepository;
import org.antitrafficking.directory.program.Program;
import org.antitrafficking.directory.program.ProgramOperator;
import org.antitrafficking.directory.program.ProgramRepository;
import org.antitrafficking.directory.relief.ReliefHandler;
import org.antitrafficking.directory.relief.ReliefType;
import org.antitrafficking.directory.relief.ReliefTypeRepository;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.taskforce.TaskForce;
import org.antitrafficking.directory.taskforce.TaskForceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory shaped like the tabular form of the Open Referral Human Services Data Specification
 * (HSDS 3.0): organizations, programs, services, phones, schedules and languages. The README maps each
 * field. Identifiers are name-based UUIDs of the records' slugs, so they stay the same from one export
 * to the next.
 */
@Service
@Transactional(readOnly = true)
public class OpenReferralExport {

    private static final String EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";

    private final DepartmentRepository departments;
    private final AgencyRepository agencies;
    private final TaskForceRepository taskForces;
    private final ProgramRepository programs;
    private final HotlineRepository hotlines;
    private final ReliefTypeRepository reliefTypes;

    OpenReferralExport(DepartmentRepository departments, AgencyRepository agencies, TaskForceRepository taskForces,
            ProgramRepository programs, HotlineRepository hotlines, ReliefTypeRepository reliefTypes) {
        this.departments = departments;
        this.agencies = agencies;
        this.taskForces = taskForces;
        this.programs = programs;
        this.hotlines = hotlines;
        this.reliefTypes = reliefTypes;
    }

    List<CsvTable> tables() {
        CsvTable organizations = new CsvTable("organization", "id", "name", "alternate_name", "description", "website",
                "parent_organization_id");
        for (Department department : departments.findAllByOrderByName()) {
            organizations.row(id(department), department.getName(), department.getAcronym().orElse(null),
                    department.getDescription(), department.getWebsite().orElse(null), null);
        }
        for (Agency agency : agencies.findAllByOrderByName()) {
            CitedRecord parent = agency.getParent().<CitedRecord>map(p -> p).orElse(agency.getDepartment());
            organizations.row(id(agency), agency.getName(), agency.getAcronym().orElse(null), agency.getDescription(),
                    agency.getWebsite().orElse(null), id(parent));
        }
        for (TaskForce taskForce : taskForces.findAllByOrderByName()) {
            organizations.row(id(taskForce), taskForce.getName(), taskForce.getAcronym().orElse(null),
                    taskForce.getDescription(), taskForce.getWebsite().orElse(null), null);
        }

        CsvTable programTable = new CsvTable("program", "id", "organization_id", "name", "alternate_name", "description");
        for (Program program : programs.findAllByOrderByName()) {
            programTable.row(id(program), id(organizationOf(program)), program.getName(),
                    program.getAcronym().orElse(null), program.getDescription());
        }

        CsvTable services = new CsvTable("service", "id", "organization_id", "program_id", "name", "alternate_name",
                "description", "url", "status");
        CsvTable phones = new CsvTable("phone", "id", "service_id", "number", "extension", "type", "description");
        CsvTable schedules = new CsvTable("schedule", "id", "service_id", "freq", "byday", "opens_at", "closes_at",
                "description");
        CsvTable languages = new CsvTable("language", "id", "service_id", "phone_id", "name", "code", "note");
        for (Hotline hotline : hotlines.findAllByOrderByPosition()) {
            Optional<CitedRecord> operator = hotline.getOperator();
            if (operator.isEmpty()) {
                // HSDS requires every service to belong to an organization; 911 has none here.
                continue;
            }
            services.row(id(hotline), id(operator.get()), null, hotline.getName(), null, hotline.getDescription(),
                    hotline.getWebsite().orElse(null), "active");
            for (HotlineChannel channel : hotline.getChannels()) {
                Optional<String> type = phoneType(channel.getKind());
                if (type.isPresent()) {
                    String phoneId = uuid("phone", hotline.getSlug() + "/" + channel.getPosition());
                    phones.row(phoneId, id(hotline), channel.getDisplayValue(), null, type.get(),
                            channel.getInstructions().orElse(null));
                    hotline.getLanguages().ifPresent(note -> languages.row(uuid("language", phoneId), id(hotline),
                            phoneId, null, null, note));
                }
            }
            if (hotline.getHours().filter("24/7"::equals).isPresent()) {
                schedules.row(uuid("schedule", hotline.getSlug()), id(hotline), "WEEKLY", EVERY_DAY, "00:00", "23:59",
                        hotline.getHours().get());
            }
        }
        for (ReliefType relief : reliefTypes.findAllByOrderByPosition()) {
            services.row(id(relief), id(administratorOf(relief)), null, relief.getName(), relief.getShortName(),
                    relief.getDescription(), relief.getWebsite().orElse(null), "active");
        }
        return List.of(organizations, programTable, services, phones, schedules, languages);
    }

    /** The component that runs the program, or else its department, or else its coordination body. */
    private static CitedRecord organizationOf(Program program) {
        return program.getOperators().stream()
            .filter(operator -> operator.getRole() == ProgramOperator.Role.RUNS)
            .<CitedRecord>map(ProgramOperator::getAgency)
            .findFirst()
            .or(() -> program.getDepartment().map(department -> department))
            .or(() -> program.getTaskForce().map(taskForce -> taskForce))
            .orElseThrow();
    }

    private static CitedRecord administratorOf(ReliefType relief) {
        return relief.getHandlers().stream()
            .filter(handler -> handler.getRole() == ReliefHandler.Role.ADMINISTERS)
            .<CitedRecord>map(ReliefHandler::getAgency)
            .findFirst()
            .orElse(relief.getDepartment());
    }

    private static Optional<String> phoneType(HotlineChannel.Kind kind) {
        return switch (kind) {
            case VOICE -> Optional.of("voice");
            case TEXT -> Optional.of("text");
            case TTY -> Optional.of("textphone");
            case CHAT, ONLINE_FORM -> Optional.empty();
        };
    }

    static String id(CitedRecord record) {
        return uuid(record.recordKind().slug(), record.getSlug());
    }

    private static String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
