package org.antitrafficking.directory.readmodel;

import java.util.List;

/**
 * The departments a filter offers: every department that has programs, in name order, or
 * where there are more than {@value #MAX_OFFERED}, the {@value #MAX_OFFERED} with the
 * most programs, so that the page stays small for a visitor on a phone.
 *
 * @param offered the departments to offer, in name order
 * @param withPrograms how many departments have programs in all
 */
public record DepartmentChoices(List<RecordLink> offered, int withPrograms) {

    public static final int MAX_OFFERED = 100;

    public DepartmentChoices {
        offered = List.copyOf(offered);
    }

    /** Whether every department with programs is offered. */
    public boolean complete() {
        return offered.size() == withPrograms;
    }
}
