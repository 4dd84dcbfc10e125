package org.antitrafficking.directory.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.antitrafficking.directory.readmodel.WorkFunction;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the programs page, already checked, and the links that change them:
 * every link keeps the other filters, and a change of filter goes back to the first page.
 *
 * @param functions programs tagged with any of these functions; all programs if empty
 * @param department the slug of the department the programs belong to, or null
 * @param kind the slug of the kind of program, or null
 * @param query words the programs must contain, or null
 * @param page the page, counted from 1
 */
public record ProgramFilters(Set<WorkFunction> functions, String department, String kind, String query, int page) {

    public ProgramFilters {
        functions = Set.copyOf(functions);
    }

    public boolean isEmpty() {
        return functions.isEmpty() && department == null && kind == null && query == null;
    }

    public boolean has(WorkFunction function) {
        return functions.contains(function);
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
    private static String href(Set<WorkFunction> functions, String department, String kind, String query, int page) {
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
