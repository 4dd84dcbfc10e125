package org.antitrafficking.directory.readmodel.load;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.Provenance;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.SourceRow;

/**
 * Every record of one load as a link by its id, and every source as a citation: what the
 * assemblers put wherever one record names another.
 */
final class Links {

    final Map<Long, Citation> citations = new HashMap<>();

    final Map<Long, RecordLink> departments = new HashMap<>();

    final Map<Long, RecordLink> components = new HashMap<>();

    final Map<Long, RecordLink> programs = new HashMap<>();

    final Map<Long, RecordLink> taskForces = new HashMap<>();

    final Map<Long, RecordLink> hotlines = new HashMap<>();

    final Map<Long, RecordLink> reliefTypes = new HashMap<>();

    final Map<Long, ComponentRow> componentRows = new HashMap<>();

    private final Map<Long, Integer> sourcePositions = new HashMap<>();

    private final Map<List<Long>, Provenance> withoutNote = new HashMap<>();

    Links(DirectoryRows rows) {
        for (SourceRow source : rows.sources()) {
            citations.put(source.id(), new Citation(source.slug(), source.title(), source.publisher(),
                    source.dateLabel(), "supplement".equals(source.kind()), source.publishedOn(), source.kind()));
            sourcePositions.put(source.id(), source.position());
        }
        rows.departments()
            .forEach(row -> departments.put(row.id(),
                    new RecordLink(RecordKind.DEPARTMENT, row.slug(), row.name(), row.acronym())));
        rows.components().forEach(row -> {
            components.put(row.id(), new RecordLink(RecordKind.AGENCY, row.slug(), row.name(), row.acronym()));
            componentRows.put(row.id(), row);
        });
        rows.programs()
            .forEach(row -> programs.put(row.id(),
                    new RecordLink(RecordKind.PROGRAM, row.slug(), row.name(), row.acronym())));
        rows.taskForces()
            .forEach(row -> taskForces.put(row.id(),
                    new RecordLink(RecordKind.TASK_FORCE, row.slug(), row.name(), row.acronym())));
        rows.hotlines()
            .forEach(row -> hotlines.put(row.id(), new RecordLink(RecordKind.HOTLINE, row.slug(), row.name(), null)));
        rows.reliefTypes()
            .forEach(row -> reliefTypes.put(row.id(),
                    new RecordLink(RecordKind.RELIEF_TYPE, row.slug(), row.name(), row.shortName())));
    }

    /**
     * The record's sources in the directory's order of sources, and its note. Records
     * citing the same sources without a note of their own, as most do, share one.
     */
    Provenance provenance(List<Long> sources, String note) {
        if (note == null) {
            return withoutNote.computeIfAbsent(sources, key -> provenanceOf(key, null));
        }
        return provenanceOf(sources, note);
    }

    private Provenance provenanceOf(List<Long> sources, String note) {
        return new Provenance(
                sources.stream().sorted(Comparator.comparing(sourcePositions::get)).map(citations::get).toList(), note);
    }

}
