package org.antitrafficking.directory.readmodel.load;

import java.util.List;

import org.antitrafficking.directory.readmodel.load.DirectoryRows.ComponentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.DepartmentRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.SourceRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.TaskForceRow;

import static org.antitrafficking.directory.readmodel.load.Rows.sorted;

/**
 * The records of each kind in the order the site lists them: by name, or for hotlines,
 * forms of relief and sources by their place. Names sort by code point, as the database's
 * C collation does, so the order is the same on every machine.
 */
record Ordered(List<DepartmentRow> departments, List<ComponentRow> components, List<ProgramRow> programs,
        List<TaskForceRow> taskForces, List<HotlineRow> hotlines, List<ReliefRow> reliefTypes,
        List<SourceRow> sources) {

    static Ordered of(DirectoryRows rows) {
        return new Ordered(sorted(rows.departments(), DepartmentRow::name),
                sorted(rows.components(), ComponentRow::name), sorted(rows.programs(), ProgramRow::name),
                sorted(rows.taskForces(), TaskForceRow::name), sorted(rows.hotlines(), HotlineRow::position),
                sorted(rows.reliefTypes(), ReliefRow::position), sorted(rows.sources(), SourceRow::position));
    }

}
