package org.antitrafficking.directory.agency;

import java.util.List;

import org.antitrafficking.directory.readmodel.AgencySummary;
import org.antitrafficking.directory.readmodel.RecordLink;

/** The agencies of one department that pass a filter, in name order. */
record AgencyGroup(RecordLink department, List<AgencySummary> agencies) {
}
