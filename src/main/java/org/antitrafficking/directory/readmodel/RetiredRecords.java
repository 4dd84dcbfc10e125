package org.antitrafficking.directory.readmodel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records editors retired: no list, search or export shows them, and their address
 * answers that the record was retired, when and why, rather than that it never existed.
 */
public final class RetiredRecords {

    private final Map<String, Retired> records = new HashMap<>();

    public RetiredRecords(List<Retired> retired) {
        retired.forEach(record -> records.put(key(record.kind(), record.slug()), record));
    }

    /** The retired record of that kind and slug, if there is one. */
    public Optional<Retired> find(RecordKind kind, String slug) {
        return Optional.ofNullable(records.get(key(kind, slug)));
    }

    public int size() {
        return records.size();
    }

    private static String key(RecordKind kind, String slug) {
        return kind.slug() + "/" + slug;
    }

    /** A retired record: its name, and when and why it was retired. */
    public record Retired(RecordKind kind, String slug, String name, LocalDate retiredOn, String reason) {
    }

}
