package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A component and the units inside it, as a tree. */
@Schema(description = "A component and, nested, the units inside it.")
public record AgencyNode(RecordLink link, String kind, List<AgencyNode> children) {
}
