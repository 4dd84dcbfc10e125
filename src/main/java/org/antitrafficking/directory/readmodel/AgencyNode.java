package org.antitrafficking.directory.readmodel;

import java.util.List;

/** A component and the units inside it, as a tree. */
public record AgencyNode(RecordLink link, String kind, List<AgencyNode> children) {
}
