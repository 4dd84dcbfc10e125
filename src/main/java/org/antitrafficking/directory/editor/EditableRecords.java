package org.antitrafficking.directory.editor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.antitrafficking.directory.editor.EditableField.Input;
import org.antitrafficking.directory.editor.EditableField.Options;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DepartmentKind;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.MemberRole;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.TaskForceScope;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.records.Agency;
import org.antitrafficking.directory.records.AgencyKind;
import org.antitrafficking.directory.records.AgencyRepository;
import org.antitrafficking.directory.records.CitedRecord;
import org.antitrafficking.directory.records.Department;
import org.antitrafficking.directory.records.DepartmentRepository;
import org.antitrafficking.directory.records.DirectoryRecord;
import org.antitrafficking.directory.records.Hotline;
import org.antitrafficking.directory.records.HotlineChannel;
import org.antitrafficking.directory.records.HotlineRepository;
import org.antitrafficking.directory.records.LawEnforcementAnswer;
import org.antitrafficking.directory.records.Program;
import org.antitrafficking.directory.records.ProgramKind;
import org.antitrafficking.directory.records.ProgramOperator;
import org.antitrafficking.directory.records.ProgramRepository;
import org.antitrafficking.directory.records.RecordRepository;
import org.antitrafficking.directory.records.ReliefType;
import org.antitrafficking.directory.records.ReliefTypeRepository;
import org.antitrafficking.directory.records.Source;
import org.antitrafficking.directory.records.SourceRepository;
import org.antitrafficking.directory.records.TaskForce;
import org.antitrafficking.directory.records.TaskForceKind;
import org.antitrafficking.directory.records.TaskForceMember;
import org.antitrafficking.directory.records.TaskForceRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Every field an editor can change, of every kind of record, in the order the form shows
 * them: names, kinds, the hierarchy (department, parent, task force), functions, scopes,
 * what a hotline is for and how to reach it, the law enforcement answer, the citations. A
 * hotline's channels are fields of their own ({@code channel-2-value}), the digits of a
 * {@code tel:} or {@code sms:} link derived from the number as written, never typed.
 */
@Component
class EditableRecords {

    /**
     * The field that retires a record: its value is the reason, empty for a record in
     * use.
     */
    static final String RETIRED = "retired";

    private final Map<RecordKind, Kind<?>> kinds = new EnumMap<>(RecordKind.class);

    EditableRecords(DepartmentRepository departments, AgencyRepository agencies, ProgramRepository programs,
            TaskForceRepository taskForces, HotlineRepository hotlines, ReliefTypeRepository reliefTypes,
            SourceRepository sources) {
        add(new Kind<>(RecordKind.DEPARTMENT, departments, Department::getName, EditableRecords::department));
        add(new Kind<>(RecordKind.AGENCY, agencies, Agency::getName, EditableRecords::agency));
        add(new Kind<>(RecordKind.PROGRAM, programs, Program::getName, EditableRecords::program));
        add(new Kind<>(RecordKind.TASK_FORCE, taskForces, TaskForce::getName, EditableRecords::taskForce));
        add(new Kind<>(RecordKind.HOTLINE, hotlines, Hotline::getName, EditableRecords::hotline));
        add(new Kind<>(RecordKind.RELIEF_TYPE, reliefTypes, ReliefType::getName, EditableRecords::reliefType));
        add(new Kind<>(RecordKind.SOURCE, sources, Source::getTitle, EditableRecords::source));
    }

    private void add(Kind<?> kind) {
        kinds.put(kind.kind(), kind);
    }

    /** The kind an editor can change, if it is one. */
    Optional<Kind<?>> kind(RecordKind kind) {
        return Optional.ofNullable(kinds.get(kind));
    }

    Collection<Kind<?>> kinds() {
        return kinds.values();
    }

    private static List<EditableField<Department>> department(Department record) {
        Fields<Department> fields = new Fields<>();
        fields.line("name", "name", Department::getName, Department::setName)
            .line("acronym", "acronym", Department::getAcronym, Department::setAcronym)
            .choice("kind", Options.DEPARTMENT_KINDS, (d) -> Slugs.of(d.getKind()),
                    (d, v) -> d.setKind(enumValue(DepartmentKind.class, v)));
        cited(fields);
        return fields.list;
    }

    private static List<EditableField<Agency>> agency(Agency record) {
        Fields<Agency> fields = new Fields<>();
        fields.line("name", "name", Agency::getName, Agency::setName)
            .line("acronym", "acronym", Agency::getAcronym, Agency::setAcronym)
            .choice("kind", Options.AGENCY_KINDS, (a) -> Slugs.of(a.getKind()),
                    (a, v) -> a.setKind(enumValue(AgencyKind.class, v)))
            .reference("department", Options.DEPARTMENTS, (a) -> slug(a.getDepartment()),
                    (a, v, refs) -> a.setDepartment((v == null) ? null : refs.department(v)))
            .reference("parent", Options.AGENCIES, (a) -> slug(a.getParent()),
                    (a, v, refs) -> a.setParent((v == null) ? null : refs.agency(v)))
            .choices("functions", Options.FUNCTIONS, (a) -> slugs(a.getFunctions()),
                    (a, v) -> replace(a.getFunctions(), WorkFunction.class, v));
        cited(fields);
        return fields.list;
    }

    private static List<EditableField<Program>> program(Program record) {
        Fields<Program> fields = new Fields<>();
        fields.line("name", "name", Program::getName, Program::setName)
            .line("acronym", "acronym", Program::getAcronym, Program::setAcronym)
            .choice("kind", Options.PROGRAM_KINDS, (p) -> Slugs.of(p.getKind()),
                    (p, v) -> p.setKind(enumValue(ProgramKind.class, v)))
            .reference("department", Options.DEPARTMENTS, (p) -> slug(p.getDepartment()),
                    (p, v, refs) -> p.setDepartment((v == null) ? null : refs.department(v)))
            .reference("task-force", Options.TASK_FORCES, (p) -> slug(p.getTaskForce()),
                    (p, v, refs) -> p.setTaskForce((v == null) ? null : refs.taskForce(v)))
            .add(new EditableField<>("operators", "field.operators", Input.PROSE, "operators", null,
                    EditableRecords::operators, EditableRecords::writeOperators))
            .choice("cross-agency", Options.YES_NO, (p) -> yesNo(p.isCrossAgency()),
                    (p, v) -> p.setCrossAgency(Boolean.TRUE.equals(yesNo(v))))
            .add(new EditableField<>("parent", "field.parent", Input.LINE, "parent", null, (p) -> slug(p.getParent()),
                    (p, v, refs) -> p.setParent((v == null) ? null : refs.program(v))))
            .choices("functions", Options.FUNCTIONS, (p) -> slugs(p.getFunctions()),
                    (p, v) -> replace(p.getFunctions(), WorkFunction.class, v));
        cited(fields);
        return fields.list;
    }

    private static List<EditableField<TaskForce>> taskForce(TaskForce record) {
        Fields<TaskForce> fields = new Fields<>();
        fields.line("name", "name", TaskForce::getName, TaskForce::setName)
            .line("acronym", "acronym", TaskForce::getAcronym, TaskForce::setAcronym)
            .choice("kind", Options.TASK_FORCE_KINDS, (t) -> Slugs.of(t.getKind()),
                    (t, v) -> t.setKind(enumValue(TaskForceKind.class, v)))
            .choices("scope", Options.SCOPES, (t) -> slugs(t.getScopes()),
                    (t, v) -> replace(t.getScopes(), TaskForceScope.class, v))
            .add(new EditableField<>("members", "field.members", Input.PROSE, "members", null, EditableRecords::members,
                    EditableRecords::writeMembers))
            .prose("other-participants", "otherParticipants", TaskForce::getOtherParticipants,
                    TaskForce::setOtherParticipants)
            .choices("functions", Options.FUNCTIONS, (t) -> slugs(t.getFunctions()),
                    (t, v) -> replace(t.getFunctions(), WorkFunction.class, v));
        cited(fields);
        return fields.list;
    }

    /**
     * A task force's members, one a line: the role, then {@code department/} or
     * {@code agency/} and the member's slug ("lead department/doj").
     */
    private static @Nullable String members(TaskForce taskForce) {
        List<String> lines = taskForce.getMembers()
            .stream()
            .map((member) -> Slugs.of(member.getRole()) + " " + body(member))
            .sorted()
            .toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String body(TaskForceMember member) {
        return (member.getDepartment() != null) ? "department/" + member.getDepartment().getSlug()
                : "agency/" + Objects.requireNonNull(member.getAgency()).getSlug();
    }

    private static void writeMembers(TaskForce taskForce, @Nullable String value, EditContext edit) {
        Map<String, MemberRole> wanted = new LinkedHashMap<>();
        for (String line : lines(Texts.clean(value, true))) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || !(parts[1].startsWith("department/") || parts[1].startsWith("agency/"))) {
                throw new FieldProblem("editor.problem.member-line", Texts.printable(line));
            }
            if (wanted.put(parts[1], enumValue(MemberRole.class, parts[0])) != null) {
                throw new FieldProblem("editor.problem.twice", Texts.printable(parts[1]));
            }
        }
        // Members kept keep their rows (the table allows a body once per task force).
        taskForce.getMembers().removeIf((member) -> !wanted.containsKey(body(member)));
        for (TaskForceMember member : taskForce.getMembers()) {
            member.setRole(wanted.remove(body(member)));
        }
        wanted.forEach((body, role) -> {
            TaskForceMember member = new TaskForceMember();
            member.setTaskForce(taskForce);
            member.setRole(role);
            String slug = body.substring(body.indexOf('/') + 1);
            if (body.startsWith("department/")) {
                member.setDepartment(edit.department(slug));
            }
            else {
                member.setAgency(edit.agency(slug));
            }
            taskForce.getMembers().add(member);
        });
    }

    /**
     * A program's operators, one a line: the role, then the agency's slug ("runs hsi").
     */
    private static @Nullable String operators(Program program) {
        List<String> lines = program.getOperators()
            .stream()
            .map((operator) -> Slugs.of(operator.getRole()) + " " + operator.getAgency().getSlug())
            .sorted()
            .toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void writeOperators(Program program, @Nullable String value, EditContext edit) {
        Map<String, OperatorRole> wanted = new LinkedHashMap<>();
        for (String line : lines(Texts.clean(value, true))) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new FieldProblem("editor.problem.operator-line", Texts.printable(line));
            }
            if (wanted.put(parts[1], enumValue(OperatorRole.class, parts[0])) != null) {
                throw new FieldProblem("editor.problem.twice", Texts.printable(parts[1]));
            }
        }
        Set<ProgramOperator> operators = new HashSet<>();
        wanted.forEach((slug, role) -> operators.add(new ProgramOperator(edit.agency(slug), role)));
        program.getOperators().retainAll(operators);
        program.getOperators().addAll(operators);
    }

    private static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
    }

    private static List<EditableField<Hotline>> hotline(Hotline record) {
        Fields<Hotline> fields = new Fields<>();
        fields.line("name", "name", Hotline::getName, Hotline::setName);
        for (HotlineChannel channel : record.getChannels()) {
            channel(fields, channel);
        }
        fields.line("audience", "audience", Hotline::getAudience, Hotline::setAudience)
            .line("hours", "hours", Hotline::getHours, Hotline::setHours)
            .line("languages", "languages", Hotline::getLanguages, Hotline::setLanguages)
            .choices("purposes", Options.PURPOSES, (h) -> slugs(h.getPurposes()),
                    (h, v) -> replace(h.getPurposes(), HotlinePurpose.class, v))
            .choice("anonymous-tips", Options.YES_NO, (h) -> yesNo(h.getAnonymousTips()),
                    (h, v) -> h.setAnonymousTips(yesNo(v)))
            .choice("confidential", Options.YES_NO, (h) -> yesNo(h.getConfidential()),
                    (h, v) -> h.setConfidential(yesNo(v)))
            .reference("law-enforcement", Options.SHARING,
                    (h) -> (h.getLawEnforcement() == null) ? null : Slugs.of(h.getLawEnforcement().getSharing()),
                    (h, v, edit) -> h.setLawEnforcement(lawEnforcement(h, v,
                            Texts.clean(edit.submitted("law-enforcement-note"), true), edit.source())))
            .add(new EditableField<>("law-enforcement-note", "field.law-enforcement-note", Input.PROSE,
                    "lawEnforcement", null,
                    (h) -> (h.getLawEnforcement() == null) ? null : h.getLawEnforcement().getNote(),
                    (h, v, edit) -> writeLawEnforcementNote(h, Texts.clean(v, true), edit.source())))
            .choice("featured", Options.YES_NO, (h) -> yesNo(h.isFeatured()),
                    (h, v) -> h.setFeatured(Boolean.TRUE.equals(yesNo(v))));
        cited(fields);
        return fields.list;
    }

    private static void writeLawEnforcementNote(Hotline hotline, @Nullable String note, Source source) {
        LawEnforcementAnswer answer = hotline.getLawEnforcement();
        if (answer == null) {
            if (note != null) {
                throw new FieldProblem("editor.problem.note-without-answer");
            }
            return;
        }
        hotline.setLawEnforcement(lawEnforcement(hotline, Slugs.of(answer.getSharing()), note, source));
    }

    /**
     * The answer with that sharing and note, cited to the edit's source: a promise to a
     * caller needs a source, and the one the editor gives for the change is it.
     */
    private static @Nullable LawEnforcementAnswer lawEnforcement(Hotline hotline, @Nullable String sharing,
            @Nullable String note, Source source) {
        if (sharing == null) {
            return null;
        }
        LawEnforcementAnswer current = hotline.getLawEnforcement();
        String kept = (note != null) ? note : (current != null) ? current.getNote() : null;
        if (kept == null) {
            throw new FieldProblem("editor.problem.answer-without-note");
        }
        return new LawEnforcementAnswer(enumValue(LawEnforcementSharing.class, sharing), kept, source);
    }

    private static void channel(Fields<Hotline> fields, HotlineChannel channel) {
        String prefix = "channel-" + channel.getPosition();
        boolean dialled = channel.getKind() != ChannelKind.CHAT && channel.getKind() != ChannelKind.ONLINE_FORM;
        String property = "channels";
        fields.add(new EditableField<>(prefix + "-value", "field.channel-value." + Slugs.of(channel.getKind()),
                Input.LINE, property, null, (h) -> channel.getDisplayValue(), (h, v, refs) -> {
                    String written = Texts.clean(v, false);
                    if (written == null) {
                        throw new FieldProblem("editor.problem.required");
                    }
                    channel.setDisplayValue(written);
                    if (dialled) {
                        channel.setDial(PhoneNumbers.dial(written));
                    }
                }));
        if (!dialled) {
            fields.add(new EditableField<>(prefix + "-url", "field.channel-url", Input.LINE, property, null,
                    (h) -> channel.getUrl(), (h, v, refs) -> channel.setUrl(Texts.clean(v, false))));
        }
        fields
            .add(new EditableField<>(prefix + "-instructions", "field.channel-instructions", Input.LINE, property, null,
                    (h) -> channel.getInstructions(), (h, v, refs) -> channel.setInstructions(Texts.clean(v, false))));
    }

    private static List<EditableField<ReliefType>> reliefType(ReliefType record) {
        Fields<ReliefType> fields = new Fields<>();
        fields.line("name", "name", ReliefType::getName, ReliefType::setName)
            .line("short-name", "shortName", ReliefType::getShortName, ReliefType::setShortName)
            .reference("department", Options.DEPARTMENTS, (r) -> slug(r.getDepartment()),
                    (r, v, refs) -> r.setDepartment((v == null) ? null : refs.department(v)))
            .prose("eligibility", "eligibility", ReliefType::getEligibility, ReliefType::setEligibility)
            .line("requested-by", "requestedBy", ReliefType::getRequestedBy, ReliefType::setRequestedBy)
            .line("application-form", "applicationForm", ReliefType::getApplicationForm, ReliefType::setApplicationForm)
            .prose("provides", "provides", ReliefType::getProvides, ReliefType::setProvides)
            .line("annual-limit", "annualLimit", ReliefType::getAnnualLimit, ReliefType::setAnnualLimit);
        cited(fields);
        return fields.list;
    }

    private static List<EditableField<Source>> source(Source record) {
        Fields<Source> fields = new Fields<>();
        fields.line("title", "title", Source::getTitle, Source::setTitle)
            .line("publisher", "publisher", Source::getPublisher, Source::setPublisher)
            .line("date-label", "dateLabel", Source::getDateLabel, Source::setDateLabel)
            .add(new EditableField<>("published-on", "field.published-on", Input.LINE, "publishedOn", null,
                    (s) -> (s.getPublishedOn() == null) ? null : s.getPublishedOn().toString(),
                    (s, v, refs) -> s.setPublishedOn(date(Texts.clean(v, false)))))
            .line("url", "url", Source::getUrl, Source::setUrl)
            .prose("summary", "summary", Source::getSummary, Source::setSummary);
        return fields.list;
    }

    /** The fields every cited record has, after its own. */
    private static <R extends CitedRecord> void cited(Fields<R> fields) {
        fields.prose("description", "description", CitedRecord::getDescription, CitedRecord::setDescription)
            .line("website", "website", CitedRecord::getWebsite, CitedRecord::setWebsite)
            .prose("source-note", "sourceNote", CitedRecord::getSourceNote, CitedRecord::setSourceNote)
            .add(new EditableField<>("sources", "field.sources", Input.CHOICES, "sources", Options.SOURCES,
                    (r) -> EditableField.joined(r.getSources().stream().map(Source::getSlug).toList()),
                    (r, v, refs) -> {
                        r.getSources().clear();
                        for (String slug : list(v)) {
                            r.getSources().add(refs.cited(slug));
                        }
                    }))
            .add(new EditableField<>(RETIRED, "field.retired", Input.PROSE, "retiredReason", null,
                    CitedRecord::getRetiredReason,
                    (r, v, refs) -> r.retire(Texts.clean(v, true), LocalDate.now(ZoneOffset.UTC))));
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new FieldProblem("editor.problem.date", value);
        }
    }

    static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String slug) {
        if (slug == null) {
            return null;
        }
        return Slugs.parse(type, slug).orElseThrow(() -> new FieldProblem("editor.problem.no-such-choice", slug));
    }

    private static <E extends Enum<E>> void replace(Set<E> set, Class<E> type, @Nullable String value) {
        List<E> chosen = new ArrayList<>();
        for (String slug : list(value)) {
            chosen.add(enumValue(type, slug));
        }
        set.clear();
        set.addAll(chosen);
    }

    /** The slugs of a set's text, as {@link EditableField#joined} wrote it. */
    static List<String> list(@Nullable String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter((slug) -> !slug.isEmpty()).toList();
    }

    private static @Nullable String slugs(Set<? extends Enum<?>> values) {
        return EditableField.joined(values.stream().map(Slugs::of).toList());
    }

    private static @Nullable String slug(@Nullable DirectoryRecord record) {
        return (record != null) ? record.getSlug() : null;
    }

    private static @Nullable String yesNo(@Nullable Boolean value) {
        return (value == null) ? null : value ? "yes" : "no";
    }

    private static @Nullable Boolean yesNo(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new FieldProblem("editor.problem.no-such-choice", value);
        };
    }

    /** One kind of record an editor can change: its repository and its fields. */
    record Kind<R extends DirectoryRecord>(RecordKind kind, RecordRepository<R> repository, Function<R, String> title,
            Function<R, List<EditableField<R>>> fields) {

        List<EditableField<R>> fieldsOf(R record) {
            return fields.apply(record);
        }

    }

    /** A list of fields being built. */
    private static final class Fields<R> {

        private final List<EditableField<R>> list = new ArrayList<>();

        Fields<R> add(EditableField<R> field) {
            list.add(field);
            return this;
        }

        Fields<R> line(String name, String property, Function<R, @Nullable String> get,
                BiConsumer<R, @Nullable String> set) {
            return add(new EditableField<>(name, "field." + name, Input.LINE, property, null, get,
                    (r, v, refs) -> set.accept(r, Texts.clean(v, false))));
        }

        Fields<R> prose(String name, String property, Function<R, @Nullable String> get,
                BiConsumer<R, @Nullable String> set) {
            return add(new EditableField<>(name, "field." + name, Input.PROSE, property, null, get,
                    (r, v, refs) -> set.accept(r, Texts.clean(v, true))));
        }

        Fields<R> choice(String name, Options options, Function<R, @Nullable String> get,
                BiConsumer<R, @Nullable String> set) {
            return add(new EditableField<>(name, "field." + name, Input.CHOICE, camel(name), options, get,
                    (r, v, refs) -> set.accept(r, Texts.clean(v, false))));
        }

        Fields<R> reference(String name, Options options, Function<R, @Nullable String> get,
                EditableField.Writer<R> set) {
            return add(new EditableField<>(name, "field." + name, Input.CHOICE, camel(name), options, get,
                    (r, v, refs) -> set.write(r, Texts.clean(v, false), refs)));
        }

        Fields<R> choices(String name, Options options, Function<R, @Nullable String> get,
                BiConsumer<R, @Nullable String> set) {
            return add(new EditableField<>(name, "field." + name, Input.CHOICES, camel(name), options, get,
                    (r, v, refs) -> set.accept(r, Texts.clean(v, false))));
        }

        private static String camel(String name) {
            StringBuilder camel = new StringBuilder();
            boolean upper = false;
            for (char c : name.toCharArray()) {
                if (c == '-') {
                    upper = true;
                }
                else {
                    camel.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return camel.toString();
        }

    }

}
