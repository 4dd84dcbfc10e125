package org.antitrafficking.directory.readmodel;

/**
 * A department as lists show it, with how many agencies and programs it has in the
 * directory.
 */
public record DepartmentSummary(RecordLink link, DepartmentKind kind, String description, long agencies,
        long programs) {
}
