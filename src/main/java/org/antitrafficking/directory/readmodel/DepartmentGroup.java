package org.antitrafficking.directory.readmodel;

import java.util.List;

/** The departments of one kind, as the departments index lists them. */
public record DepartmentGroup(DepartmentKind kind, List<DepartmentSummary> departments) {
}
