package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.WorkFunction;

/** Small steps every assembler takes: sorting, grouping and joining rows. */
final class Rows {

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

    static <P> Map<String, P> bySlug(Stream<P> pages, Function<P, String> slug) {
        Map<String, P> bySlug = new LinkedHashMap<>();
        pages.forEach(page -> bySlug.put(slug.apply(page), page));
        return bySlug;
    }

    static <R> List<RecordLink> links(List<R> records, Map<Long, RecordLink> links, Function<R, Long> id) {
        return (records == null) ? List.of() : records.stream().map(record -> links.get(id.apply(record))).toList();
    }

    /** Values of a closed set as the database holds them, in the set's own order. */
    static <E extends Enum<E>> List<E> values(Class<E> type, List<String> slugs) {
        return slugs.stream().map(slug -> Slugs.fromDatabase(type, slug)).sorted().toList();
    }

    static <E extends Enum<E>> E value(Class<E> type, String slug) {
        return Slugs.fromDatabase(type, slug);
    }

    static List<WorkFunction> functions(List<String> slugs) {
        return slugs.stream().map(slug -> Slugs.fromDatabase(WorkFunction.class, slug)).sorted().toList();
    }

    static String join(String... texts) {
        return join(Arrays.stream(texts));
    }

    static String join(Stream<String> texts) {
        return texts.filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

}
