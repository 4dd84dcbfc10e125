package org.antitrafficking.directory.agency;

import java.util.List;

import org.antitrafficking.directory.web.RecordLink;

/** The agencies of one department as a tree, for the agencies index. */
public record AgencyDirectory(RecordLink department, List<AgencyNode> agencies) {
}
