package org.antitrafficking.directory.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.department.DepartmentRepository;
import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.search.SearchService;
import org.antitrafficking.directory.search.SearchWords;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.FigureView;
import org.antitrafficking.directory.source.Provenance;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.taskforce.TaskForce;
import org.antitrafficking.directory.web.InvalidRequestException;
import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordLink;
import org.antitrafficking.directory.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional(readOnly = true)
public class ProgramService {

    public static final int PAGE_SIZE = 10;

    private final ProgramRepository programs;
    private final DepartmentRepository departments;
    private final SearchService search;

    ProgramService(ProgramRepository programs, DepartmentRepository departments, SearchService search) {
        this.programs = programs;
        this.departments = departments;
        this.search = search;
    }

    /**
     * Checks the filters as the visitor sent them. Blank values mean "no filter"; an unknown value is
     * refused with a message naming it.
     */
    public ProgramFilters filters(List<String> functionSlugs, String department, String kind, String query,
            String page) {
        return filters(functionSlugs, department, kind, query, pageNumber(page));
    }

    /** As {@link #filters(List, String, String, String, String)}, for a page number already checked. */
    public ProgramFilters filters(List<String> functionSlugs, String department, String kind, String query, int page) {
        Set<Function> functions = new LinkedHashSet<>();
        for (String slug : (functionSlugs != null) ? functionSlugs : List.<String>of()) {
            if (StringUtils.hasText(slug)) {
                functions.add(Function.fromSlug(slug.strip())
                    .orElseThrow(() -> new InvalidRequestException("programs.invalid.function", slug)));
            }
        }
        String departmentSlug = StringUtils.hasText(department) ? department.strip() : null;
        if (departmentSlug != null && departments.findBySlug(departmentSlug).isEmpty()) {
            throw new InvalidRequestException("programs.invalid.department", departmentSlug);
        }
        Program.Kind programKind = null;
        if (StringUtils.hasText(kind)) {
            programKind = SlugEnumConverter.fromSlug(Program.Kind.class, kind.strip())
                .orElseThrow(() -> new InvalidRequestException("programs.invalid.kind", kind));
        }
        String words = StringUtils.hasText(query) ? query.strip() : null;
        if (words != null && words.length() > SearchService.MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("error.400.query-too-long", SearchService.MAX_QUERY_LENGTH);
        }
        return new ProgramFilters(functions, departmentSlug, programKind, words, page);
    }

    public ProgramListPage list(ProgramFilters filters) {
        return list(filters, PAGE_SIZE);
    }

    /** One page of the programs that pass the filters, {@code size} to a page, in name order. */
    public ProgramListPage list(ProgramFilters filters, int size) {
        Specification<Program> criteria = Specification.unrestricted();
        if (!filters.functions().isEmpty()) {
            criteria = criteria.and(ProgramSpecifications.taggedWithAnyOf(filters.functions()));
        }
        if (filters.department() != null) {
            criteria = criteria.and(ProgramSpecifications.inDepartment(filters.department()));
        }
        if (filters.kind() != null) {
            criteria = criteria.and(ProgramSpecifications.ofKind(filters.kind()));
        }
        if (filters.query() != null && !SearchWords.of(filters.query()).isEmpty()) {
            criteria = criteria.and(ProgramSpecifications.withIdIn(search.idsMatching(RecordKind.PROGRAM, filters.query())));
        }
        // Counted first, so that a page past the last is refused before any offset is worked out from it.
        long total = programs.count(criteria);
        int totalPages = (int) ((total + size - 1) / size);
        if (filters.page() > 1 && filters.page() > totalPages) {
            throw new InvalidRequestException("programs.invalid.page", filters.page(), Math.max(totalPages, 1));
        }
        Page<Program> page = programs.findAll(criteria,
                PageRequest.of(filters.page() - 1, size, Sort.by("name")));
        return new ProgramListPage(ProgramSummary.of(page.getContent()), page.getTotalElements(), filters.page(),
                page.getTotalPages(), filters, chips(filters), departmentsWithPrograms(), kinds(filters.kind()));
    }

    public ProgramPage page(String slug) {
        Program program = programs.findBySlug(slug)
            .orElseThrow(() -> RecordNotFoundException.forSlug(RecordKind.PROGRAM, slug));
        return new ProgramPage(program.link(), SlugEnumConverter.slugOf(program.getKind()),
                program.getDescription(), program.getWebsite().orElse(null),
                program.getDepartment().map(Department::link).orElse(null),
                program.getTaskForce().map(TaskForce::link).orElse(null),
                program.getParent().map(Program::link).orElse(null), CitedRecord.links(program.getParts()),
                program.getOperators().stream()
                    .map(operator -> new ProgramPage.Operator(operator.getAgency().link(),
                            SlugEnumConverter.slugOf(operator.getRole())))
                    .toList(),
                program.getFunctions().stream().sorted().toList(), FigureView.of(program.getFigures()),
                Provenance.of(program));
    }

    /** How many programs carry each function, for the home page. */
    public List<FunctionCount> countsByFunction() {
        return Arrays.stream(Function.values())
            .map(function -> new FunctionCount(function,
                    programs.count(ProgramSpecifications.taggedWithAnyOf(Set.of(function)))))
            .toList();
    }

    private static int pageNumber(String page) {
        if (!StringUtils.hasText(page)) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1) {
                return number;
            }
        }
        catch (NumberFormatException ex) {
            // answered below
        }
        throw new InvalidRequestException("programs.invalid.page-number", page);
    }

    private List<FilterChip> chips(ProgramFilters filters) {
        List<FilterChip> chips = new ArrayList<>();
        for (Function function : Function.values()) {
            if (filters.has(function)) {
                chips.add(new FilterChip("function." + function.slug(), null, filters.hrefWithout(function)));
            }
        }
        if (filters.department() != null) {
            String name = departments.findBySlug(filters.department()).map(Department::getName).orElseThrow();
            chips.add(new FilterChip("programs.chip.department", name, filters.hrefWithoutDepartment()));
        }
        if (filters.kind() != null) {
            chips.add(new FilterChip("program.kind." + SlugEnumConverter.slugOf(filters.kind()), null, filters.hrefWithoutKind()));
        }
        if (filters.query() != null) {
            chips.add(new FilterChip("programs.chip.query", filters.query(), filters.hrefWithoutQuery()));
        }
        return chips;
    }

    private List<RecordLink> departmentsWithPrograms() {
        return departments.findAllByOrderByName().stream()
            .filter(department -> programs.countByDepartment(department) > 0)
            .map(Department::link)
            .toList();
    }

    private static List<ProgramListPage.KindOption> kinds(Program.Kind chosen) {
        return Arrays.stream(Program.Kind.values())
            .map(kind -> new ProgramListPage.KindOption(SlugEnumConverter.slugOf(kind), kind == chosen))
            .toList();
    }

    /** A function and how many programs carry it. */
    public record FunctionCount(Function function, long programs) {
    }
}
