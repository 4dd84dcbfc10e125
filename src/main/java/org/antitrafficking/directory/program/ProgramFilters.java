package org.antitrafficking.directory.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.web.FilterChip;
import org.antitrafficking.directory.web.FunctionFilter;
import org.antitrafficking.directory.web.VisitorText;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the programs page as one typed value: the controller parses the request
 * into it, the service selects with it, and it builds the chips and the links that change
 * it. Every link keeps the other filters, and a change of filter goes back to the first
 * page.
 *
 * @param functions programs tagged with any of these functions; all programs if empty
 * @param department the slug of the department the programs belong to, or null
 * @param kind the slug of the kind of program, or null
 * @param query words the programs must contain, or null
 * @param page the page, counted from 1
 */
public record ProgramFilters(Set<WorkFunction> functions, @Nullable String department, @Nullable String kind,
        @Nullable String query, int page) {

    /**
     * Every kind of program, in the order the filter offers them (the database's check
     * constraint).
     */
    static final List<String> KINDS = List.of("campaign", "initiative", "training", "investigative-initiative",
            "grant-program", "research", "victim-services", "enforcement", "report", "strategy", "goal", "resource");

    /** Longer words are refused rather than cut, so the visitor knows. */
    static final int MAX_QUERY_LENGTH = 200;

    public ProgramFilters {
        functions = Set.copyOf(functions);
    }

    /**
     * The filters as a visitor sent them: blank values mean "no filter"; a value that
     * cannot be one is refused with a message naming it. Whether the department exists is
     * for the service to say, against the snapshot it selects from.
     */
    static ProgramFilters of(@Nullable List<String> functions, @Nullable String department, @Nullable String kind,
            @Nullable String query, int page) {
        Set<WorkFunction> chosen = FunctionFilter.of("/programs", functions).chosen();
        String departmentSlug = StringUtils.hasText(department) ? department.strip() : null;
        String kindSlug = StringUtils.hasText(kind) ? kind.strip() : null;
        if (kindSlug != null && !KINDS.contains(kindSlug)) {
            throw new InvalidRequestException("programs.invalid.kind", VisitorText.echo(kind));
        }
        String words = StringUtils.hasText(query) ? query.strip() : null;
        if (words != null && words.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("error.400.query-too-long", MAX_QUERY_LENGTH);
        }
        return new ProgramFilters(chosen, departmentSlug, kindSlug, words, page);
    }

    /** A page number as the programs page takes it: blank for the first. */
    static int pageNumber(@Nullable String page) {
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
        throw new InvalidRequestException("programs.invalid.page-number", VisitorText.echo(page));
    }

    public boolean isEmpty() {
        return functions.isEmpty() && department == null && kind == null && query == null;
    }

    public boolean has(WorkFunction function) {
        return functions.contains(function);
    }

    /** The chosen filters, each as a chip whose link removes it. */
    List<FilterChip> chips(DirectorySnapshot snapshot) {
        List<FilterChip> chips = new ArrayList<>();
        for (WorkFunction function : WorkFunction.values()) {
            if (has(function)) {
                chips.add(new FilterChip("function." + function.slug(), null, hrefWithout(function)));
            }
        }
        if (department != null) {
            String name = snapshot.departmentLink(department).orElseThrow().name();
            chips.add(new FilterChip("programs.chip.department", name, hrefWithoutDepartment()));
        }
        if (kind != null) {
            chips.add(new FilterChip("program.kind." + kind, null, hrefWithoutKind()));
        }
        if (query != null) {
            chips.add(new FilterChip("programs.chip.query", query, hrefWithoutQuery()));
        }
        return chips;
    }

    /** Another list ({@code /agencies}, {@code /task-forces}) for the same functions. */
    String functionsHref(String path) {
        return new FunctionFilter("/programs", functions).hrefFor(path);
    }

    public String hrefForPage(int number) {
        return href(functions, department, kind, query, number);
    }

    public String hrefWithout(WorkFunction function) {
        Set<WorkFunction> remaining = new LinkedHashSet<>(functions);
        remaining.remove(function);
        return href(remaining, department, kind, query, 1);
    }

    public String hrefWithoutDepartment() {
        return href(functions, null, kind, query, 1);
    }

    public String hrefWithoutKind() {
        return href(functions, department, null, query, 1);
    }

    public String hrefWithoutQuery() {
        return href(functions, department, kind, null, 1);
    }

    /**
     * The parameters in the canonical order (by name) the page cache keys pages by, so a
     * link is kept once.
     */
    private static String href(Set<WorkFunction> functions, @Nullable String department, @Nullable String kind,
            @Nullable String query, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/programs");
        if (department != null) {
            uri.queryParam("department", department);
        }
        List<String> functionSlugs = new ArrayList<>();
        for (WorkFunction function : WorkFunction.values()) {
            if (functions.contains(function)) {
                functionSlugs.add(function.slug());
            }
        }
        functionSlugs.sort(null);
        if (!functionSlugs.isEmpty()) {
            uri.queryParam("function", functionSlugs.toArray());
        }
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        if (query != null) {
            uri.queryParam("q", query);
        }
        return uri.build().encode().toUriString();
    }
}
