package org.antitrafficking.directory.readmodel.load;

import java.util.List;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.Translations;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.CheckRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.RevisionRow;

/**
 * What changed since a {@link RowHorizon} when only a few programs did, read in one
 * transaction: the data version, the new horizon, the ids of the programs whose row was
 * written, the rows of those not retired, and every revision and check (a new one is
 * shown on the record's page and among the recent changes).
 */
record ChangedRows(DataVersion version, RowHorizon horizon, List<Long> programIds, List<ProgramRow> programs,
        List<RevisionRow> revisions, List<CheckRow> checks, Translations translations) {

    ChangedRows {
        programIds = List.copyOf(programIds);
        programs = List.copyOf(programs);
        revisions = List.copyOf(revisions);
        checks = List.copyOf(checks);
    }

}
