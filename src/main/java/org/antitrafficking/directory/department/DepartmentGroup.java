package org.antitrafficking.directory.department;

import java.util.List;

import org.antitrafficking.directory.web.RecordLink;

/** The departments of one kind, as the departments index lists them. */
public record DepartmentGroup(String kind, List<Entry> departments) {

    /** A department with a short description and how many agencies and programs it has here. */
    public record Entry(RecordLink link, String description, long agencies, long programs) {
    }
}
