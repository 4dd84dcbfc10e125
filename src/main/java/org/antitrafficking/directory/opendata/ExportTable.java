package org.antitrafficking.directory.opendata;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;

/**
 * The directory's CSV tables, in the order the ZIP and the data catalog list them: each
 * with the slug under which {@code /export/{slug}.csv} serves it, and how it is built
 * from a snapshot.
 */
enum ExportTable {

    DEPARTMENTS("departments", OrganizationTables::departments),

    AGENCIES("agencies", OrganizationTables::agencies),

    PROGRAMS("programs", ServiceTables::programs),

    TASK_FORCES("task-forces", OrganizationTables::taskForces),

    HOTLINES("hotlines", ServiceTables::hotlines),

    HOTLINE_CHANNELS("hotline-channels", ServiceTables::hotlineChannels),

    IMMIGRATION_RELIEF("immigration-relief", ServiceTables::reliefTypes),

    FIGURES("figures", ReferenceTables::figures),

    SOURCES("sources", ReferenceTables::sources),

    FUNCTIONS("functions", ReferenceTables::functions);

    private final String slug;

    private final Function<DirectorySnapshot, CsvTable> builder;

    ExportTable(String slug, Function<DirectorySnapshot, CsvTable> builder) {
        this.slug = slug;
        this.builder = builder;
    }

    /** The table of that slug, exactly as written; none for any other name. */
    static Optional<ExportTable> of(String slug) {
        return Arrays.stream(values()).filter(table -> table.slug.equals(slug)).findFirst();
    }

    /** The table's name in its file name and in the data catalog. */
    String slug() {
        return slug;
    }

    CsvTable build(DirectorySnapshot snapshot) {
        return builder.apply(snapshot);
    }

}
