package org.antitrafficking.testing;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Entities that disagree with the migrated schema, one way each, for a test to prove that
 * Hibernate's validation refuses them. Outside the application's packages, so that no
 * application or slice scans them.
 */
public final class SchemaMismatches {

    private SchemaMismatches() {
    }

    /** A field for which the table has no column. */
    @Entity
    @Table(name = "department")
    public static class ColumnTheTableLacks {

        @Id
        Long id;

        String motto;

    }

    /** A field of another type than its column's. */
    @Entity
    @Table(name = "hotline")
    public static class ColumnOfAnotherType {

        @Id
        Long id;

        LocalDate featured;

    }

    /** A column of one domain mapped as another (a slug is no nonblank_text). */
    @Entity
    @Table(name = "source")
    public static class ColumnOfAnotherDomain {

        @Id
        Long id;

        @Column(columnDefinition = "nonblank_text")
        String slug;

    }

    /** A table no migration creates. */
    @Entity
    @Table(name = "retired_record")
    public static class TableNoMigrationCreates {

        @Id
        Long id;

    }

}
