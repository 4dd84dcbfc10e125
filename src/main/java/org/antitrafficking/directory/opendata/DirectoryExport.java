package org.antitrafficking.directory.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.FigureView;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.Provenance;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.ReliefPage;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.TaskForceScope;
import org.antitrafficking.directory.readmodel.WorkFunction;

import org.springframework.stereotype.Service;

/**
 * Every record of the directory as CSV tables, one per kind, in a stable column order.
 * Lists inside a cell (functions, sources, members) are separated by semicolons; a member
 * or operator is written {@code slug:role}.
 */
@Service
class DirectoryExport {

    /**
     * The tables' names, under which {@code /export/{name}.csv} serves them, in a fixed
     * order.
     */
    static final List<String> NAMES = List.of("departments", "agencies", "programs", "task-forces", "hotlines",
            "hotline-channels", "immigration-relief", "figures", "sources", "functions");

    private final ReadModel directory;

    DirectoryExport(ReadModel directory) {
        this.directory = directory;
    }

    /**
     * Every table, in the order of {@link #NAMES}, zipped. Each entry is dated by the
     * data version, not by the clock, so that every instance sends the same bytes, under
     * the same ETag, for the same data.
     */
    byte[] zip() {
        DirectorySnapshot snapshot = directory.snapshot();
        long changedAt = snapshot.version().changedAt().toEpochMilli();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : NAMES) {
                ZipEntry entry = new ZipEntry(name + ".csv");
                entry.setTime(changedAt);
                zip.putNextEntry(entry);
                zip.write(build(name, snapshot).toBytes());
                zip.closeEntry();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    Optional<CsvTable> table(String name) {
        return NAMES.contains(name) ? Optional.of(build(name, directory.snapshot())) : Optional.empty();
    }

    private static CsvTable build(String name, DirectorySnapshot snapshot) {
        return switch (name) {
            case "departments" -> departments(snapshot);
            case "agencies" -> agencies(snapshot);
            case "programs" -> programs(snapshot);
            case "task-forces" -> taskForces(snapshot);
            case "hotlines" -> hotlines(snapshot);
            case "hotline-channels" -> hotlineChannels(snapshot);
            case "immigration-relief" -> reliefTypes(snapshot);
            case "figures" -> figures(snapshot);
            case "sources" -> sources(snapshot);
            case "functions" -> functions(snapshot);
            default -> throw new IllegalArgumentException("No table " + name);
        };
    }

    private static CsvTable departments(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("departments", "slug", "name", "acronym", "kind", "description", "website",
                "source_note", "sources");
        for (DepartmentPage department : snapshot.departments().allPages()) {
            RecordLink link = department.link();
            table.row(link.slug(), link.name(), link.acronym(), department.kind().slug(), department.description(),
                    department.website(), department.provenance().disagreement(), sourcesOf(department.provenance()));
        }
        return table;
    }

    private static CsvTable agencies(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("agencies", "slug", "name", "acronym", "kind", "department", "parent",
                "functions", "description", "website", "source_note", "sources");
        for (AgencyPage agency : snapshot.agencies().allPages()) {
            RecordLink link = agency.link();
            List<RecordLink> trail = agency.breadcrumbs();
            table.row(link.slug(), link.name(), link.acronym(), agency.kind(), trail.get(0).slug(),
                    (trail.size() > 1) ? agency.parent().slug() : null, functions(agency.functions()),
                    agency.description(), agency.website(), agency.provenance().disagreement(),
                    sourcesOf(agency.provenance()));
        }
        return table;
    }

    private static CsvTable programs(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("programs", "slug", "name", "acronym", "kind", "department", "task_force",
                "part_of", "operators", "functions", "description", "website", "source_note", "sources",
                "cross_agency");
        for (ProgramPage program : snapshot.programs().allPages()) {
            RecordLink link = program.link();
            table.row(link.slug(), link.name(), link.acronym(), program.kind(), slugOf(program.department()),
                    slugOf(program.taskForce()), slugOf(program.partOf()),
                    joined(program.operators()
                        .stream()
                        .map(operator -> operator.agency().slug() + ":" + operator.role().slug())),
                    functions(program.functions()), program.description(), program.website(),
                    program.provenance().disagreement(), sourcesOf(program.provenance()), program.crossAgency());
        }
        return table;
    }

    private static CsvTable taskForces(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("task-forces", "slug", "name", "acronym", "kind", "scopes", "members",
                "other_participants", "functions", "description", "website", "source_note", "sources");
        for (TaskForcePage taskForce : snapshot.taskForces().allPages()) {
            RecordLink link = taskForce.link();
            table.row(link.slug(), link.name(), link.acronym(), taskForce.kind(),
                    joined(taskForce.scopes().stream().map(TaskForceScope::slug)),
                    joined(taskForce.members()
                        .stream()
                        .flatMap(group -> group.members()
                            .stream()
                            .map(member -> member.kind().slug() + "/" + member.slug() + ":" + group.role().slug()))
                        .sorted()),
                    taskForce.otherParticipants(), functions(taskForce.functions()), taskForce.description(),
                    taskForce.website(), taskForce.provenance().disagreement(), sourcesOf(taskForce.provenance()));
        }
        return table;
    }

    private static CsvTable hotlines(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("hotlines", "slug", "name", "purposes", "operator", "operator_role", "audience",
                "hours", "languages", "law_enforcement", "anonymous_tips", "confidential", "description", "website",
                "source_note", "sources", "law_enforcement_note", "law_enforcement_source");
        for (HotlinePage page : snapshot.hotlines().allPages()) {
            HotlineCard card = page.card();
            RecordLink operator = card.operator();
            HotlineCard.LawEnforcement lawEnforcement = card.lawEnforcement();
            table.row(card.link().slug(), card.link().name(),
                    joined(card.purposes().stream().map(HotlinePurpose::slug)),
                    (operator != null) ? operator.kind().slug() + "/" + operator.slug() : null,
                    (card.operatorRole() != null) ? card.operatorRole().slug() : null, card.audience(), card.hours(),
                    card.languages(), (lawEnforcement != null) ? lawEnforcement.sharing().slug() : null,
                    card.anonymousTips(), card.confidential(), card.description(), card.website(),
                    page.provenance().disagreement(), sourcesOf(page.provenance()),
                    (lawEnforcement != null) ? lawEnforcement.note() : null,
                    (lawEnforcement != null) ? lawEnforcement.sourceSlug() : null);
        }
        return table;
    }

    private static CsvTable hotlineChannels(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("hotline-channels", "hotline", "position", "kind", "value", "dial", "url",
                "instructions", "source");
        for (HotlineCard card : snapshot.hotlines().all()) {
            for (HotlineCard.Channel channel : card.channels()) {
                boolean dialled = channel.href().startsWith("tel:") || channel.href().startsWith("sms:");
                table.row(card.link().slug(), channel.position(), channel.kind().slug(), channel.value(),
                        dialled ? channel.href().substring(4) : null, dialled ? null : channel.href(),
                        channel.instructions(), channel.sourceSlug());
            }
        }
        return table;
    }

    private static CsvTable reliefTypes(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("immigration-relief", "slug", "name", "short_name", "department", "handlers",
                "eligibility", "requested_by", "provides", "description", "website", "source_note", "sources",
                "application_form", "annual_limit");
        for (ReliefPage page : snapshot.reliefTypes().allPages()) {
            ReliefCard relief = page.card();
            table.row(relief.link().slug(), relief.link().name(), relief.shortName(), relief.department().slug(),
                    joined(relief.handlers()
                        .stream()
                        .map(handler -> handler.agency().slug() + ":" + handler.role().slug())),
                    relief.eligibility(), relief.requestedBy(), relief.provides(), relief.description(),
                    relief.website(), page.provenance().disagreement(), sourcesOf(page.provenance()),
                    relief.applicationForm(), relief.annualLimit());
        }
        return table;
    }

    private static CsvTable figures(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("figures", "record_kind", "record", "value", "label", "source");
        Map<RecordLink, List<FigureView>> byRecord = new LinkedHashMap<>();
        snapshot.departments().allPages().forEach(page -> byRecord.put(page.link(), page.figures()));
        snapshot.agencies().allPages().forEach(page -> byRecord.put(page.link(), page.figures()));
        snapshot.programs().allPages().forEach(page -> byRecord.put(page.link(), page.figures()));
        snapshot.taskForces().allPages().forEach(page -> byRecord.put(page.link(), page.figures()));
        byRecord.forEach((record, figures) -> figures.forEach(figure -> table.row(record.kind().slug(), record.slug(),
                figure.value(), figure.label(), figure.sourceSlug())));
        return table;
    }

    private static CsvTable sources(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("sources", "slug", "title", "publisher", "date", "published_on", "kind",
                "summary");
        for (SourcePage source : snapshot.sources().all()) {
            table.row(source.citation().slug(), source.citation().title(), source.citation().publisher(),
                    source.citation().dateLabel(), source.citation().publishedOn(),
                    source.citation().supplement() ? "supplement" : "document", source.summary());
        }
        return table;
    }

    /** Which agency, task force or program does which function: one row each. */
    private static CsvTable functions(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("functions", "function", "record_kind", "record", "name");
        for (FunctionPage page : snapshot.functions()) {
            String function = page.function().slug();
            page.agencies()
                .forEach(agency -> table.row(function, agency.link().kind().slug(), agency.link().slug(),
                        agency.link().name()));
            page.taskForces()
                .forEach(taskForce -> table.row(function, taskForce.link().kind().slug(), taskForce.link().slug(),
                        taskForce.link().name()));
            page.programs()
                .forEach(program -> table.row(function, program.link().kind().slug(), program.link().slug(),
                        program.link().name()));
        }
        return table;
    }

    private static String slugOf(RecordLink link) {
        return (link != null) ? link.slug() : null;
    }

    private static String sourcesOf(Provenance provenance) {
        return joined(provenance.sourceSlugs().stream());
    }

    private static String functions(Collection<WorkFunction> functions) {
        return joined(functions.stream().map(WorkFunction::slug));
    }

    private static String joined(Stream<String> values) {
        return values.collect(Collectors.joining(";"));
    }

}
