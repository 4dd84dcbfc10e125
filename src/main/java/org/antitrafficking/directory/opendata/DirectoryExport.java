package org.antitrafficking.directory.opendata;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.taskforce.TaskForce;
import org.antitrafficking.directory.taskforce.TaskForceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every record of the directory as CSV tables, one per kind, in a stable column order. Lists inside a
 * cell (functions, sources, members) are separated by semicolons; a member or operator is written
 * {@code slug:role}.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryExport {

    private final DepartmentRepository departments;
    private final AgencyRepository agencies;
    private final ProgramRepository programs;
    private final TaskForceRepository taskForces;
    private final HotlineRepository hotlines;
    private final ReliefTypeRepository reliefTypes;
    private final SourceRepository sources;

    DirectoryExport(DepartmentRepository departments, AgencyRepository agencies, ProgramRepository programs,
            TaskForceRepository taskForces, HotlineRepository hotlines, ReliefTypeRepository reliefTypes,
            SourceRepository sources) {
        this.departments = departments;
        this.agencies = agencies;
        this.programs = programs;
        this.taskForces = taskForces;
        this.hotlines = hotlines;
        this.reliefTypes = reliefTypes;
        this.sources = sources;
    }

    /** The tables' names, under which {@code /export/{name}.csv} serves them, in a fixed order. */
    public List<String> names() {
        return List.copyOf(builders().keySet());
    }

    /** Every table, in the order of {@link #names()}. */
    List<CsvTable> tables() {
        return builders().values().stream().map(Supplier::get).toList();
    }

    Optional<CsvTable> table(String name) {
        return Optional.ofNullable(builders().get(name)).map(Supplier::get);
    }

    private Map<String, Supplier<CsvTable>> builders() {
        Map<String, Supplier<CsvTable>> builders = new LinkedHashMap<>();
        builders.put("departments", this::departments);
        builders.put("agencies", this::agencies);
        builders.put("programs", this::programs);
        builders.put("task-forces", this::taskForces);
        builders.put("hotlines", this::hotlines);
        builders.put("hotline-channels", this::hotlineChannels);
        builders.put("immigration-relief", this::reliefTypes);
        builders.put("figures", this::figures);
        builders.put("sources", this::sources);
        return builders;
    }

    private CsvTable departments() {
        CsvTable table = new CsvTable("departments", "slug", "name", "acronym", "kind", "description", "website",
                "source_note", "sources");
        for (Department department : departments.findAllByOrderByName()) {
            table.row(department.getSlug(), department.getName(), department.getAcronym().orElse(null),
                    SlugEnumConverter.slugOf(department.getKind()), department.getDescription(),
                    department.getWebsite().orElse(null), department.getSourceNote().orElse(null), sourcesOf(department));
        }
        return table;
    }

    private CsvTable agencies() {
        CsvTable table = new CsvTable("agencies", "slug", "name", "acronym", "kind", "department", "parent",
                "functions", "description", "website", "source_note", "sources");
        for (Agency agency : agencies.findAllByOrderByName()) {
            table.row(agency.getSlug(), agency.getName(), agency.getAcronym().orElse(null),
                    SlugEnumConverter.slugOf(agency.getKind()), agency.getDepartment().getSlug(),
                    agency.getParent().map(Agency::getSlug).orElse(null), functions(agency.getFunctions()),
                    agency.getDescription(), agency.getWebsite().orElse(null), agency.getSourceNote().orElse(null),
                    sourcesOf(agency));
        }
        return table;
    }

    private CsvTable programs() {
        CsvTable table = new CsvTable("programs", "slug", "name", "acronym", "kind", "department", "task_force",
                "part_of", "operators", "functions", "description", "website", "source_note", "sources");
        for (Program program : programs.findAllByOrderByName()) {
            table.row(program.getSlug(), program.getName(), program.getAcronym().orElse(null),
                    SlugEnumConverter.slugOf(program.getKind()), program.getDepartment().map(Department::getSlug).orElse(null),
                    program.getTaskForce().map(TaskForce::getSlug).orElse(null),
                    program.getParent().map(Program::getSlug).orElse(null),
                    joined(program.getOperators().stream()
                        .map(operator -> operator.getAgency().getSlug() + ":" + SlugEnumConverter.slugOf(operator.getRole()))),
                    functions(program.getFunctions()), program.getDescription(), program.getWebsite().orElse(null),
                    program.getSourceNote().orElse(null), sourcesOf(program));
        }
        return table;
    }

    private CsvTable taskForces() {
        CsvTable table = new CsvTable("task-forces", "slug", "name", "acronym", "kind", "scopes", "members",
                "other_participants", "functions", "description", "website", "source_note", "sources");
        for (TaskForce taskForce : taskForces.findAllByOrderByName()) {
            table.row(taskForce.getSlug(), taskForce.getName(), taskForce.getAcronym().orElse(null),
                    SlugEnumConverter.slugOf(taskForce.getKind()),
                    joined(taskForce.getScopes().stream().sorted().map(SlugEnumConverter::slugOf)),
                    joined(taskForce.getMembers().stream()
                        .map(member -> member.getMember().recordKind().slug() + "/" + member.getMember().getSlug() + ":"
                                + SlugEnumConverter.slugOf(member.getRole()))
                        .sorted()),
                    taskForce.getOtherParticipants().orElse(null), functions(taskForce.getFunctions()),
                    taskForce.getDescription(), taskForce.getWebsite().orElse(null),
                    taskForce.getSourceNote().orElse(null), sourcesOf(taskForce));
        }
        return table;
    }

    private CsvTable hotlines() {
        CsvTable table = new CsvTable("hotlines", "slug", "name", "purposes", "operator", "operator_role", "audience",
                "hours", "languages", "law_enforcement", "anonymous_tips", "confidential", "description", "website",
                "source_note", "sources");
        for (Hotline hotline : hotlines.findAllByOrderByPosition()) {
            table.row(hotline.getSlug(), hotline.getName(),
                    joined(hotline.getPurposes().stream().sorted().map(SlugEnumConverter::slugOf)),
                    hotline.getOperator().map(operator -> operator.recordKind().slug() + "/" + operator.getSlug()).orElse(null),
                    hotline.getOperatorRole().map(SlugEnumConverter::slugOf).orElse(null),
                    hotline.getAudience().orElse(null), hotline.getHours().orElse(null), hotline.getLanguages().orElse(null),
                    hotline.isLawEnforcement(), hotline.getAnonymousTips().orElse(null),
                    hotline.getConfidential().orElse(null), hotline.getDescription(), hotline.getWebsite().orElse(null),
                    hotline.getSourceNote().orElse(null), sourcesOf(hotline));
        }
        return table;
    }

    private CsvTable hotlineChannels() {
        CsvTable table = new CsvTable("hotline-channels", "hotline", "position", "kind", "value", "dial", "url",
                "instructions", "source");
        for (Hotline hotline : hotlines.findAllByOrderByPosition()) {
            for (HotlineChannel channel : hotline.getChannels()) {
                table.row(hotline.getSlug(), channel.getPosition(), SlugEnumConverter.slugOf(channel.getKind()),
                        channel.getDisplayValue(), channel.getDial().orElse(null), channel.getUrl().orElse(null),
                        channel.getInstructions().orElse(null), channel.getSource().getSlug());
            }
        }
        return table;
    }

    private CsvTable reliefTypes() {
        CsvTable table = new CsvTable("immigration-relief", "slug", "name", "short_name", "department", "handlers",
                "eligibility", "requested_by", "provides", "description", "website", "source_note", "sources");
        for (ReliefType relief : reliefTypes.findAllByOrderByPosition()) {
            table.row(relief.getSlug(), relief.getName(), relief.getShortName(), relief.getDepartment().getSlug(),
                    joined(relief.getHandlers().stream()
                        .map(handler -> handler.getAgency().getSlug() + ":" + SlugEnumConverter.slugOf(handler.getRole()))),
                    relief.getEligibility().orElse(null), relief.getRequestedBy().orElse(null),
                    relief.getProvides().orElse(null), relief.getDescription(), relief.getWebsite().orElse(null),
                    relief.getSourceNote().orElse(null), sourcesOf(relief));
        }
        return table;
    }

    private CsvTable figures() {
        CsvTable table = new CsvTable("figures", "record_kind", "record", "value", "label", "source");
        Stream.of(departments.findAllByOrderByName().stream().map(d -> Map.entry((CitedRecord) d, d.getFigures())),
                agencies.findAllByOrderByName().stream().map(a -> Map.entry((CitedRecord) a, a.getFigures())),
                programs.findAllByOrderByName().stream().map(p -> Map.entry((CitedRecord) p, p.getFigures())),
                taskForces.findAllByOrderByName().stream().map(t -> Map.entry((CitedRecord) t, t.getFigures())))
            .flatMap(stream -> stream)
            .forEach(entry -> {
                for (Figure figure : entry.getValue()) {
                    table.row(entry.getKey().recordKind().slug(), entry.getKey().getSlug(), figure.getValue(),
                            figure.getLabel(), figure.getSource().getSlug());
                }
            });
        return table;
    }

    private CsvTable sources() {
        CsvTable table = new CsvTable("sources", "slug", "title", "publisher", "date", "published_on", "kind", "summary");
        for (Source source : sources.findAllByOrderByPosition()) {
            table.row(source.getSlug(), source.getTitle(), source.getPublisher(), source.getDateLabel(),
                    source.getPublishedOn(), SlugEnumConverter.slugOf(source.getKind()), source.getSummary());
        }
        return table;
    }

    private static String sourcesOf(CitedRecord record) {
        return joined(record.getSources().stream().map(Source::getSlug));
    }

    private static String functions(Collection<Function> functions) {
        return joined(functions.stream().sorted().map(Function::slug));
    }

    private static String joined(Stream<String> values) {
        return values.collect(Collectors.joining(";"));
    }
}
