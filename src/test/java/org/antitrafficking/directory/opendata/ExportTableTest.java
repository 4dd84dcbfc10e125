package org.antitrafficking.directory.opendata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The closed set of CSV tables: each found by its slug, nothing else found. */
class ExportTableTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportTable.class)
    void shouldFindEveryTableByItsSlug(ExportTable table) {
        assertThat(ExportTable.of(table.slug())).contains(table);
    }

    /** The order of the ZIP's entries, the data catalog and the open data page. */
    @Test
    void shouldNameTheTablesInTheirPublishedOrder() {
        assertThat(DirectoryExport.NAMES).containsExactly("departments", "agencies", "programs", "task-forces",
                "hotlines", "hotline-channels", "immigration-relief", "figures", "sources", "functions");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = { "nope", "Programs", "PROGRAMS", "HOTLINE_CHANNELS", "task_forces", "programs.csv",
            " programs", "directory" })
    void shouldFindNoTableForAnyOtherName(String name) {
        assertThat(ExportTable.of(name)).isEmpty();
    }

}
