package org.antitrafficking.directory.records;

import org.antitrafficking.directory.readmodel.Slugs;

/**
 * What an agency (a row of {@code component}) is: the values of {@code component.kind}.
 */
public enum AgencyKind {

    AGENCY, BUREAU, OFFICE, DIVISION, DIRECTORATE, SECTION, UNIT, CENTER, PROGRAM_OFFICE, MILITARY_SERVICE;

    /** The value the database stores. */
    public String slug() {
        return Slugs.of(this);
    }

}
