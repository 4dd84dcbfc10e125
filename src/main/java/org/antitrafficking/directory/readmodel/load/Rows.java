package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.WorkFunction;

/** Small steps every assembler takes: sorting, grouping and joining rows. */
final class Rows {

    /**
     * For each closed set, its values as each list of slugs read names them; bounded by
     * the sets' few combinations, since a slug no set knows is refused before it is kept.
     */
    private static final Map<Class<?>, Map<List<String>, List<?>>> VALUES = new ConcurrentHashMap<>();

    private Rows() {
    }

    static <R, K extends Comparable<K>> List<R> sorted(List<R> rows, Function<R, K> key) {
        return rows.stream().sorted(Comparator.comparing(key)).toList();
    }

    static <R> Map<Long, List<R>> groupBy(Stream<R> rows, Function<R, Long> key) {
        Map<Long, List<R>> groups = new HashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), id -> new ArrayList<>()).add(row));
        groups.replaceAll((id, list) -> List.copyOf(list));
        return groups;
    }

    /**
     * The rows grouped by the key, each group in the given order, ties in the rows' own:
     * the same as sorting all the rows first and grouping them then, but each sort is of
     * a few rows.
     */
    static <R> Map<Long, List<R>> groupBy(Stream<R> rows, Function<R, Long> key, Comparator<R> order) {
        Map<Long, List<R>> groups = new HashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), id -> new ArrayList<>()).add(row));
        groups.replaceAll((id, list) -> {
            list.sort(order);
            return List.copyOf(list);
        });
        return groups;
    }

    static <P> Map<String, P> bySlug(Stream<P> pages, Function<P, String> slug) {
        Map<String, P> bySlug = new LinkedHashMap<>();
        pages.forEach(page -> bySlug.put(slug.apply(page), page));
        return bySlug;
    }

    static <R> List<RecordLink> links(List<R> records, Map<Long, RecordLink> links, Function<R, Long> id) {
        return (records == null) ? List.of() : records.stream().map(record -> links.get(id.apply(record))).toList();
    }

    /**
     * Values of a closed set as the database holds them, in the set's own order. The
     * lists are kept and shared: a closed set has few combinations, and a hundred
     * thousand records would otherwise hold a hundred thousand copies of them.
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> List<E> values(Class<E> type, List<String> slugs) {
        Map<List<String>, List<?>> known = VALUES.computeIfAbsent(type, key -> new ConcurrentHashMap<>());
        List<E> values = (List<E>) known.get(slugs);
        if (values == null) {
            values = slugs.stream().map(slug -> Slugs.fromDatabase(type, slug)).sorted().toList();
            known.putIfAbsent(List.copyOf(slugs), values);
        }
        return values;
    }

    static <E extends Enum<E>> E value(Class<E> type, String slug) {
        return Slugs.fromDatabase(type, slug);
    }

    static List<WorkFunction> functions(List<String> slugs) {
        return values(WorkFunction.class, slugs);
    }

    static String join(String... texts) {
        return join(Arrays.stream(texts));
    }

    static String join(Stream<String> texts) {
        return texts.filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

}
