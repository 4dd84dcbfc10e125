package org.antitrafficking.directory.readmodel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The history of every record, and the directory's most recent changes, as of one version
 * of the data.
 */
public final class RecordHistories {

    /** How many of the latest changes the "Recent changes" page and its feed show. */
    public static final int RECENT = 100;

    public static final RecordHistories NONE = new RecordHistories(Map.of());

    private final Map<String, History> byRecord;

    private final List<RecentChange> recent;

    /**
     * @param byRecord each record's history by {@link #key(RecordLink)}, with its link
     */
    public RecordHistories(Map<String, History> byRecord) {
        this.byRecord = Map.copyOf(byRecord);
        this.recent = byRecord.values()
            .stream()
            .flatMap(
                    entry -> entry.history().changes().stream().map(change -> new RecentChange(entry.record(), change)))
            .sorted(Comparator.comparing((RecentChange entry) -> entry.change().madeAt())
                .thenComparing(entry -> entry.change().edit())
                .reversed())
            .limit(RECENT)
            .toList();
    }

    /**
     * The record's history; {@link RecordHistory#NONE} for a record never changed or
     * checked.
     */
    public RecordHistory of(RecordLink record) {
        History entry = byRecord.get(key(record));
        return (entry == null) ? RecordHistory.NONE : entry.history();
    }

    /** The latest {@value #RECENT} changes of any record, newest first. */
    public List<RecentChange> recent() {
        return recent;
    }

    public static String key(RecordLink record) {
        return record.kind().slug() + "/" + record.slug();
    }

    /** A record and its history. */
    public record History(RecordLink record, RecordHistory history) {
    }

    /** One change, with the record it was made to. */
    public record RecentChange(RecordLink record, RecordHistory.Change change) {
    }

}
