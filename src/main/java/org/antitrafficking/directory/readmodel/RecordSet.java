package org.antitrafficking.directory.readmodel;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one kind: as lists show them ({@code all}, in the directory's order) and
 * as their own pages show them, by slug in the same order.
 */
public record RecordSet<S, P>(RecordKind kind, List<S> all, Map<String, P> pages) {

    public RecordSet {
        all = List.copyOf(all);
        pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
    }

    /** The page of the record with this slug; a visitor asking for another gets a 404. */
    public P page(String slug) {
        P page = pages.get(slug);
        if (page == null) {
            throw RecordNotFoundException.forSlug(kind, slug);
        }
        return page;
    }

    public boolean contains(String slug) {
        return pages.containsKey(slug);
    }

    /** Every record's page, in the directory's order. */
    public Collection<P> allPages() {
        return pages.values();
    }

    public int size() {
        return pages.size();
    }
}
