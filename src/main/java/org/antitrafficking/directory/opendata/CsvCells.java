package org.antitrafficking.directory.opendata;

import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.Provenance;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;

/**
 * How the export's cells hold what is not plain text: a link as its record's slug, and a
 * list as its items separated by semicolons.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** The linked record's slug; empty where there is no link. */
    static String slugOf(RecordLink link) {
        return (link != null) ? link.slug() : null;
    }

    static String sourcesOf(Provenance provenance) {
        return joined(provenance.sourceSlugs().stream());
    }

    static String functions(Collection<WorkFunction> functions) {
        return joined(functions.stream().map(WorkFunction::slug));
    }

    static String joined(Stream<String> values) {
        return values.collect(Collectors.joining(";"));
    }

}
