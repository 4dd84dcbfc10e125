package org.antitrafficking.directory.readmodel;

import java.util.List;

/** The agencies of one department as a tree, for the agencies index. */
public record AgencyDirectory(RecordLink department, List<AgencyNode> agencies) {
}
