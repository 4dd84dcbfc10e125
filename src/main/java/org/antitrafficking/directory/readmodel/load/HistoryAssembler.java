package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.RecordHistories;
import org.antitrafficking.directory.readmodel.RecordHistory;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.CheckRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.RevisionRow;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the revisions and checks of each record into its {@link RecordHistory}: the
 * changes newest first, and the latest check.
 */
final class HistoryAssembler {

    private final Links links;

    private final Map<String, List<RecordHistory.Change>> changes = new HashMap<>();

    private final Map<String, RecordHistory.Check> checks = new HashMap<>();

    private final Map<String, RecordLink> records = new HashMap<>();

    private HistoryAssembler(Links links) {
        this.links = links;
    }

    static RecordHistories histories(DirectoryRows rows, Links links) {
        if (rows.revisions().isEmpty() && rows.checks().isEmpty()) {
            return RecordHistories.NONE;
        }
        HistoryAssembler assembler = new HistoryAssembler(links);
        rows.revisions().forEach(assembler::add);
        rows.checks().forEach(assembler::add);
        Map<String, RecordHistories.History> byRecord = new HashMap<>();
        assembler.records.forEach((key, record) -> {
            List<RecordHistory.Change> newestFirst = new ArrayList<>(assembler.changes.getOrDefault(key, List.of()));
            Collections.reverse(newestFirst);
            byRecord.put(key,
                    new RecordHistories.History(record, new RecordHistory(newestFirst, assembler.checks.get(key))));
        });
        return new RecordHistories(byRecord);
    }

    private void add(RevisionRow row) {
        String key = key(row.recordKind(), row.recordId());
        if (key != null) {
            changes.computeIfAbsent(key, unused -> new ArrayList<>())
                .add(new RecordHistory.Change(row.editId(), row.madeAt(), row.field(), row.before(), row.after(),
                        row.reason(), citation(row.sourceId())));
        }
    }

    private void add(CheckRow row) {
        String key = key(row.recordKind(), row.recordId());
        if (key != null) {
            // Oldest first, so the last one kept is the latest.
            checks.put(key, new RecordHistory.Check(row.checkedAt(), citation(row.sourceId())));
        }
    }

    /** The record's key, remembering its link; null for a record the rows do not hold. */
    private @Nullable String key(String kind, long id) {
        RecordLink record = link(kind, id);
        if (record == null) {
            return null;
        }
        String key = RecordHistories.key(record);
        records.put(key, record);
        return key;
    }

    private @Nullable RecordLink link(String kind, long id) {
        return switch (Slugs.fromDatabase(RecordKind.class, kind)) {
            case DEPARTMENT -> links.departments.get(id);
            case AGENCY -> links.components.get(id);
            case PROGRAM -> links.programs.get(id);
            case TASK_FORCE -> links.taskForces.get(id);
            case HOTLINE -> links.hotlines.get(id);
            case RELIEF_TYPE -> links.reliefTypes.get(id);
            case SOURCE -> sourceLink(id);
            case FUNCTION -> null;
        };
    }

    private @Nullable RecordLink sourceLink(long id) {
        Citation source = links.citations.get(id);
        return (source == null) ? null : new RecordLink(RecordKind.SOURCE, source.slug(), source.title(), null);
    }

    private Citation citation(long sourceId) {
        Citation source = links.citations.get(sourceId);
        if (source == null) {
            throw new IllegalStateException("A revision or check cites source " + sourceId + ", which is not loaded");
        }
        return source;
    }

}
