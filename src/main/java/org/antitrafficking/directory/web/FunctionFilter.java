package org.antitrafficking.directory.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The functions a list is filtered by, from its repeatable {@code function} parameter: a
 * record passes when it is tagged with any of them, every record when none is chosen. The
 * same filter serves the agencies, task forces and programs lists, and knows the links
 * that change it.
 *
 * @param path the list's own path, such as {@code /agencies}
 * @param chosen the functions chosen, none for every record
 */
public record FunctionFilter(String path, Set<WorkFunction> chosen) {

    public FunctionFilter {
        chosen = chosen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(chosen));
    }

    /**
     * The functions named by {@code slugs}; blank ones are ignored and an unknown one is
     * refused.
     */
    public static FunctionFilter of(String path, @Nullable List<String> slugs) {
        Set<WorkFunction> chosen = EnumSet.noneOf(WorkFunction.class);
        for (String slug : (slugs != null) ? slugs : List.<String>of()) {
            if (StringUtils.hasText(slug)) {
                chosen.add(WorkFunction.fromSlug(slug.strip())
                    .orElseThrow(() -> new InvalidRequestException("filter.invalid.function", VisitorText.echo(slug))));
            }
        }
        return new FunctionFilter(path, chosen);
    }

    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    public boolean has(WorkFunction function) {
        return chosen.contains(function);
    }

    /** Whether a record tagged with {@code functions} passes. */
    public boolean matches(Collection<WorkFunction> functions) {
        return chosen.isEmpty() || functions.stream().anyMatch(chosen::contains);
    }

    /** Every function, in order, for the filter's checkboxes. */
    public List<WorkFunction> functions() {
        return List.of(WorkFunction.values());
    }

    /** The chosen functions, in order. */
    public List<WorkFunction> chosenInOrder() {
        return Arrays.stream(WorkFunction.values()).filter(chosen::contains).toList();
    }

    /** This list without one of its functions. */
    public String hrefWithout(WorkFunction function) {
        return href(path, chosenInOrder().stream().filter(other -> other != function).toList());
    }

    /** The chosen functions as chips, each removing itself. */
    public List<FilterChip> chips() {
        return chosenInOrder().stream()
            .map(function -> new FilterChip("function." + function.slug(), null, hrefWithout(function)))
            .toList();
    }

    /** Another list, filtered by the same functions. */
    public String hrefFor(String otherPath) {
        return href(otherPath, chosenInOrder());
    }

    /**
     * The functions in the canonical order (by slug) the page cache keys pages by, so a
     * link is kept once.
     */
    private static String href(String path, List<WorkFunction> functions) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!functions.isEmpty()) {
            uri.queryParam("function", functions.stream().map(WorkFunction::slug).sorted().toArray());
        }
        return uri.build().encode().toUriString();
    }
}
