package org.antitrafficking.directory.records;

import org.antitrafficking.directory.readmodel.Slugs;

/**
 * What a program is: the values of {@code program.kind}.
 */
public enum ProgramKind {

    CAMPAIGN, INITIATIVE, TRAINING, INVESTIGATIVE_INITIATIVE, GRANT_PROGRAM, RESEARCH, VICTIM_SERVICES, ENFORCEMENT,
    REPORT, STRATEGY, GOAL, RESOURCE;

    /** The value the database stores. */
    public String slug() {
        return Slugs.of(this);
    }

}
