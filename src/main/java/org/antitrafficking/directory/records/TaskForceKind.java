package org.antitrafficking.directory.records;

import org.antitrafficking.directory.readmodel.Slugs;

/**
 * What a task force is: the values of {@code task_force.kind}.
 */
public enum TaskForceKind {

    TASK_FORCE, TASK_FORCE_NETWORK, COORDINATION_BODY, CENTER, TEAM, ACADEMY_NETWORK;

    /** The value the database stores. */
    public String slug() {
        return Slugs.of(this);
    }

}
