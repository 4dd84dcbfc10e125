package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.SourceRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.TaskForceRow;

/** Sources as their pages show them, with the records citing each, grouped by kind. */
final class SourceAssembler {

    private final Links links;

    private final Map<Long, List<SourcePage.Group>> citingRecords;

    SourceAssembler(DirectoryRows rows, Links links) {
        this.links = links;
        this.citingRecords = citingRecords(rows, links);
    }

    SourcePage page(SourceRow row) {
        return new SourcePage(links.citations.get(row.id()), row.summary(), row.url(),
                citingRecords.getOrDefault(row.id(), List.of()));
    }

    /**
     * For each source, the records citing it grouped by kind: hotlines first, then by
     * name within a kind.
     */
    private static Map<Long, List<SourcePage.Group>> citingRecords(DirectoryRows rows, Links links) {
        Map<Long, Map<RecordKind, List<RecordLink>>> bySource = new HashMap<>();
        cite(bySource, rows.hotlines(), HotlineRow::sources, HotlineRow::id, links.hotlines);
        cite(bySource, rows.departments(), DepartmentRow::sources, DepartmentRow::id, links.departments);
        cite(bySource, rows.components(), ComponentRow::sources, ComponentRow::id, links.components);
        cite(bySource, rows.programs(), ProgramRow::sources, ProgramRow::id, links.programs);
        cite(bySource, rows.taskForces(), TaskForceRow::sources, TaskForceRow::id, links.taskForces);
        cite(bySource, rows.reliefTypes(), ReliefRow::sources, ReliefRow::id, links.reliefTypes);
        Map<Long, List<SourcePage.Group>> groups = new HashMap<>();
        bySource.forEach((source, byKind) -> groups.put(source,
                byKind.entrySet()
                    .stream()
                    .map(entry -> new SourcePage.Group(entry.getKey(),
                            entry.getValue().stream().sorted(Comparator.comparing(RecordLink::name)).toList()))
                    .toList()));
        return groups;
    }

    private static <R> void cite(Map<Long, Map<RecordKind, List<RecordLink>>> bySource, List<R> records,
            Function<R, List<Long>> sources, Function<R, Long> id, Map<Long, RecordLink> links) {
        for (R record : records) {
            RecordLink link = links.get(id.apply(record));
            for (Long source : sources.apply(record)) {
                bySource.computeIfAbsent(source, key -> new LinkedHashMap<>())
                    .computeIfAbsent(link.kind(), key -> new ArrayList<>())
                    .add(link);
            }
        }
    }

}
