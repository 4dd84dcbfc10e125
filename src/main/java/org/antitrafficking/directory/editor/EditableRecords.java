package org.antitrafficking.directory.editor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.antitrafficking.directory.editor.EditableField.Input;
import org.antitrafficking.directory.editor.EditableField.Options;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DepartmentKind;
import org.antitrafficking.directory.readmodel.HandlerRole;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
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
import org.antitrafficking.directory.records.Figure;
import org.antitrafficking.directory.records.Hotline;
import org.antitrafficking.directory.records.HotlineChannel;
import org.antitrafficking.directory.records.HotlineOperator;
import org.antitrafficking.directory.records.HotlineRepository;
import org.antitrafficking.directory.records.LawEnforcementAnswer;
import org.antitrafficking.directory.records.Program;
import org.antitrafficking.directory.records.ProgramKind;
import org.antitrafficking.directory.records.ProgramOperator;
import org.antitrafficking.directory.records.ProgramRepository;
import org.antitrafficking.directory.records.RecordRepository;
import org.antitrafficking.directory.records.ReliefHandler;
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

    /** The start of the names of the fields of a new way to reach a line. */
    static final String NEW_CHANNEL = "new-channel-";

    private final Map<RecordKind, Kind<?>> kinds = new EnumMap<>(RecordKind.class);

    EditableRecords(DepartmentRepository departments, AgencyRepository agencies, ProgramRepository programs,
            TaskForceRepository taskForces, HotlineRepository hotlines, ReliefTypeRepository reliefTypes,
            SourceRepository sources) {
        add(new Kind<>(RecordKind.DEPARTMENT, departments, Department::getName, EditableRecords::department,
                Department::new));
        add(new Kind<>(RecordKind.AGENCY, agencies, Agency::getName, EditableRecords::agency, Agency::new));
        add(new Kind<>(RecordKind.PROGRAM, programs, Program::getName, EditableRecords::program, Program::new));
        add(new Kind<>(RecordKind.TASK_FORCE, taskForces, TaskForce::getName, EditableRecords::taskForce,
                TaskForce::new));
        add(new Kind<>(RecordKind.HOTLINE, hotlines, Hotline::getName, EditableRecords::hotline, hotlines::placedLast));
        add(new Kind<>(RecordKind.RELIEF_TYPE, reliefTypes, ReliefType::getName, EditableRecords::reliefType,
                reliefTypes::placedLast));
        add(new Kind<>(RecordKind.SOURCE, sources, Source::getTitle, EditableRecords::source, null));
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
            .choice("kind", Options.DEPARTMENT_KINDS, (d) -> slugOf(d.getKind()),
                    (d, v) -> d.setKind(enumValue(DepartmentKind.class, v)));
        figures(fields, Department::getFigures, Figure::setDepartment);
        cited(fields);
        return fields.list;
    }

    private static List<EditableField<Agency>> agency(Agency record) {
        Fields<Agency> fields = new Fields<>();
        fields.line("name", "name", Agency::getName, Agency::setName)
            .line("acronym", "acronym", Agency::getAcronym, Agency::setAcronym)
            .choice("kind", Options.AGENCY_KINDS, (a) -> slugOf(a.getKind()),
                    (a, v) -> a.setKind(enumValue(AgencyKind.class, v)))
            .reference("department", Options.DEPARTMENTS, (a) -> slug(a.getDepartment()),
                    (a, v, refs) -> a.setDepartment((v == null) ? null : refs.department(v)))
            .reference("parent", Options.AGENCIES, (a) -> slug(a.getParent()),
                    (a, v, refs) -> a.setParent((v == null) ? null : refs.agency(v)))
            .choices("functions", Options.FUNCTIONS, (a) -> slugs(a.getFunctions()),
                    (a, v) -> replace(a.getFunctions(), WorkFunction.class, v));
        figures(fields, Agency::getFigures, Figure::setAgency);
        cited(fields);
        return fields.list;
    }

    private static List<EditableField<Program>> program(Program record) {
        Fields<Program> fields = new Fields<>();
        fields.line("name", "name", Program::getName, Program::setName)
            .line("acronym", "acronym", Program::getAcronym, Program::setAcronym)
            .choice("kind", Options.PROGRAM_KINDS, (p) -> slugOf(p.getKind()),
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
        figures(fields, Program::getFigures, Figure::setProgram);
        cited(fields);
        return fields.list;
    }

    private static List<EditableField<TaskForce>> taskForce(TaskForce record) {
        Fields<TaskForce> fields = new Fields<>();
        fields.line("name", "name", TaskForce::getName, TaskForce::setName)
            .line("acronym", "acronym", TaskForce::getAcronym, TaskForce::setAcronym)
            .choice("kind", Options.TASK_FORCE_KINDS, (t) -> slugOf(t.getKind()),
                    (t, v) -> t.setKind(enumValue(TaskForceKind.class, v)))
            .choices("scope", Options.SCOPES, (t) -> slugs(t.getScopes()),
                    (t, v) -> replace(t.getScopes(), TaskForceScope.class, v))
            .add(new EditableField<>("members", "field.members", Input.PROSE, "members", null, EditableRecords::members,
                    EditableRecords::writeMembers))
            .prose("other-participants", "otherParticipants", TaskForce::getOtherParticipants,
                    TaskForce::setOtherParticipants)
            .choices("functions", Options.FUNCTIONS, (t) -> slugs(t.getFunctions()),
                    (t, v) -> replace(t.getFunctions(), WorkFunction.class, v));
        figures(fields, TaskForce::getFigures, Figure::setTaskForce);
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
        Map<String, MemberRole> wanted = roleLines(value, MemberRole.class,
                (body) -> body.startsWith("department/") || body.startsWith("agency/"), "editor.problem.member-line");
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
        return agencyLines(program.getOperators(), ProgramOperator::getRole, ProgramOperator::getAgency);
    }

    private static void writeOperators(Program program, @Nullable String value, EditContext edit) {
        writeAgencyLines(program.getOperators(), value, OperatorRole.class, "editor.problem.operator-line",
                ProgramOperator::new, edit);
    }

    /**
     * A form of relief's agencies, one a line: the role, then the agency's slug
     * ("administers uscis").
     */
    private static @Nullable String handlers(ReliefType relief) {
        return agencyLines(relief.getHandlers(), ReliefHandler::getRole, ReliefHandler::getAgency);
    }

    private static void writeHandlers(ReliefType relief, @Nullable String value, EditContext edit) {
        writeAgencyLines(relief.getHandlers(), value, HandlerRole.class, "editor.problem.handler-line",
                ReliefHandler::new, edit);
    }

    /**
     * Agencies with a role each, one a line, sorted: the role, then the agency's slug.
     */
    private static <L> @Nullable String agencyLines(Set<L> links, Function<L, ? extends Enum<?>> role,
            Function<L, Agency> agency) {
        List<String> lines = links.stream()
            .map((link) -> Slugs.of(role.apply(link)) + " " + agency.apply(link).getSlug())
            .sorted()
            .toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** Makes the set the agencies and roles of the lines, keeping the links unchanged. */
    private static <L, E extends Enum<E>> void writeAgencyLines(Set<L> links, @Nullable String value, Class<E> roles,
            String problem, BiFunction<Agency, E, L> link, EditContext edit) {
        Map<String, E> wanted = roleLines(value, roles, (body) -> !body.contains("/"), problem);
        Set<L> chosen = new HashSet<>();
        wanted.forEach((slug, role) -> chosen.add(link.apply(edit.agency(slug), role)));
        links.retainAll(chosen);
        links.addAll(chosen);
    }

    /**
     * Lines of a role and what has it ("runs hsi"), each what at most once, in the order
     * given; a line not of that shape is refused with the problem named.
     */
    private static <E extends Enum<E>> Map<String, E> roleLines(@Nullable String value, Class<E> roles,
            Predicate<String> body, String problem) {
        Map<String, E> wanted = new LinkedHashMap<>();
        for (String line : lines(Texts.clean(value, true))) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || !body.test(parts[1])) {
                throw new FieldProblem(problem, Texts.printable(line));
            }
            if (wanted.put(parts[1], enumValue(roles, parts[0])) != null) {
                throw new FieldProblem("editor.problem.twice", Texts.printable(parts[1]));
            }
        }
        return wanted;
    }

    /**
     * The body behind a line, as one line: the role, then {@code department/} or
     * {@code agency/} and its slug ("answers agency/hsi"); an agency brings its
     * department.
     */
    private static @Nullable String operator(Hotline hotline) {
        HotlineOperator operator = hotline.getOperator();
        if (operator == null) {
            return null;
        }
        String body = (operator.getAgency() != null) ? "agency/" + operator.getAgency().getSlug()
                : "department/" + operator.getDepartment().getSlug();
        return Slugs.of(operator.getRole()) + " " + body;
    }

    private static void writeOperator(Hotline hotline, @Nullable String value, EditContext edit) {
        Map<String, HotlineOperatorRole> wanted = roleLines(value, HotlineOperatorRole.class,
                (body) -> body.startsWith("department/") || body.startsWith("agency/"),
                "editor.problem.hotline-operator-line");
        if (wanted.size() > 1) {
            throw new FieldProblem("editor.problem.one-operator");
        }
        if (wanted.isEmpty()) {
            hotline.setOperator(null);
            return;
        }
        Map.Entry<String, HotlineOperatorRole> only = wanted.entrySet().iterator().next();
        String body = only.getKey();
        String slug = body.substring(body.indexOf('/') + 1);
        if (body.startsWith("department/")) {
            hotline.setOperator(new HotlineOperator(edit.department(slug), null, only.getValue()));
        }
        else {
            Agency agency = edit.agency(slug);
            hotline.setOperator(new HotlineOperator(agency.getDepartment(), agency, only.getValue()));
        }
    }

    /**
     * The figures about a record, one a line: the figure exactly as its source writes it,
     * a bar, then what it counts ("42 | task forces funded"). A figure kept as it was
     * keeps its source; a new or changed one is cited to the edit's source.
     */
    private static <R> void figures(Fields<R> fields, Function<R, List<Figure>> figures, BiConsumer<Figure, R> owner) {
        fields.add(new EditableField<>("figures", "field.figures", Input.PROSE, "figures", null,
                (r) -> figureLines(figures.apply(r)), (r, v, edit) -> {
                    List<Figure> current = figures.apply(r);
                    List<Figure> wanted = new ArrayList<>();
                    for (String line : lines(Texts.clean(v, true))) {
                        int bar = line.indexOf('|');
                        String figure = (bar > 0) ? line.substring(0, bar).strip() : "";
                        String label = (bar > 0) ? line.substring(bar + 1).strip() : "";
                        if (figure.isEmpty() || label.isEmpty() || label.contains("|")) {
                            throw new FieldProblem("editor.problem.figure-line", Texts.printable(line));
                        }
                        Figure kept = current.stream()
                            .filter((f) -> !wanted.contains(f) && f.getValue().equals(figure)
                                    && f.getLabel().equals(label))
                            .findFirst()
                            .orElse(null);
                        if (kept == null) {
                            kept = new Figure();
                            kept.setValue(figure);
                            kept.setLabel(label);
                            kept.setSource(edit.source());
                            owner.accept(kept, r);
                        }
                        wanted.add(kept);
                    }
                    current.retainAll(wanted);
                    for (Figure figure : wanted) {
                        if (!current.contains(figure)) {
                            current.add(figure);
                        }
                    }
                    // The database orders them by position (@OrderBy); the list's own
                    // order is left alone.
                    for (int i = 0; i < wanted.size(); i++) {
                        wanted.get(i).setPosition(i + 1);
                    }
                }));
    }

    private static @Nullable String figureLines(List<Figure> figures) {
        List<String> lines = figures.stream()
            .sorted(Comparator.comparingInt(Figure::getPosition))
            .map((figure) -> figure.getValue() + " | " + figure.getLabel())
            .toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
    }

    private static List<EditableField<Hotline>> hotline(Hotline record) {
        Fields<Hotline> fields = new Fields<>();
        fields.line("name", "name", Hotline::getName, Hotline::setName)
            .add(new EditableField<>("operator", "field.operator", Input.LINE, "operator", null,
                    EditableRecords::operator, EditableRecords::writeOperator));
        for (HotlineChannel channel : record.getChannels()) {
            channel(fields, channel);
        }
        newChannel(fields);
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
                        // An emptied number or address takes the way to reach the line
                        // away.
                        if (h.getChannels().size() == 1) {
                            throw new FieldProblem("editor.problem.last-channel");
                        }
                        h.getChannels().remove(channel);
                        return;
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

    /**
     * The fields of a way to reach the line that it does not have yet: its kind, its
     * number or address as the source writes it, a chat's or form's web address, and what
     * to say. Always empty on the form; the new way is cited to the edit's source, which
     * the line then cites too.
     */
    private static void newChannel(Fields<Hotline> fields) {
        String property = "channels";
        fields.add(new EditableField<>(NEW_CHANNEL + "kind", "field.new-channel-kind", Input.CHOICE, property,
                Options.CHANNEL_KINDS, (h) -> null, (h, v, edit) -> {
                    if (Texts.clean(edit.submitted(NEW_CHANNEL + "value"), false) == null) {
                        throw new FieldProblem("editor.problem.new-channel-value");
                    }
                }))
            .add(new EditableField<>(NEW_CHANNEL + "value", "field.new-channel-value", Input.LINE, property, null,
                    (h) -> null, EditableRecords::addChannel))
            .add(new EditableField<>(NEW_CHANNEL + "url", "field.channel-url", Input.LINE, property, null, (h) -> null,
                    (h, v, edit) -> {
                    }))
            .add(new EditableField<>(NEW_CHANNEL + "instructions", "field.channel-instructions", Input.LINE, property,
                    null, (h) -> null, (h, v, edit) -> {
                    }));
    }

    private static void addChannel(Hotline hotline, @Nullable String value, EditContext edit) {
        String written = Texts.clean(value, false);
        if (written == null) {
            return;
        }
        ChannelKind kind = enumValue(ChannelKind.class, Texts.clean(edit.submitted(NEW_CHANNEL + "kind"), false));
        if (kind == null) {
            throw new FieldProblem("editor.problem.new-channel-kind");
        }
        HotlineChannel channel = new HotlineChannel();
        channel.setHotline(hotline);
        channel.setKind(kind);
        channel.setDisplayValue(written);
        if (kind == ChannelKind.CHAT || kind == ChannelKind.ONLINE_FORM) {
            String url = Texts.clean(edit.submitted(NEW_CHANNEL + "url"), false);
            if (url == null) {
                throw new FieldProblem("editor.problem.new-channel-url");
            }
            channel.setUrl(url);
        }
        else {
            channel.setDial(PhoneNumbers.dial(written));
        }
        channel.setInstructions(Texts.clean(edit.submitted(NEW_CHANNEL + "instructions"), false));
        channel.setSource(edit.source());
        channel.setPosition(hotline.getChannels().stream().mapToInt(HotlineChannel::getPosition).max().orElse(0) + 1);
        hotline.getChannels().add(channel);
        if (hotline.getSources().stream().noneMatch((cited) -> DirectoryRecord.same(cited, edit.source()))) {
            hotline.getSources().add(edit.source());
        }
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
        fields.add(new EditableField<>("handlers", "field.handlers", Input.PROSE, "handlers", null,
                EditableRecords::handlers, EditableRecords::writeHandlers));
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

    /** The slug of a choice, none for a record that has not made it yet. */
    private static @Nullable String slugOf(@Nullable Enum<?> value) {
        return (value != null) ? Slugs.of(value) : null;
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

    /**
     * One kind of record an editor can change: its repository, its fields, and a new
     * empty record where an editor adds records of the kind on its own form (a source is
     * added on the form of sources).
     */
    record Kind<R extends DirectoryRecord>(RecordKind kind, RecordRepository<R> repository, Function<R, String> title,
            Function<R, List<EditableField<R>>> fields, @Nullable Supplier<R> empty) {

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
