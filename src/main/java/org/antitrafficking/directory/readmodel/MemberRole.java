package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a department or component takes part in a task force, from leading it to taking
 * part in its work, in the order its page lists them. The values of
 * {@code task_force_member.role}; the CHECK test walks {@link #values()}.
 */
public enum MemberRole {

    LEAD, PRIMARY_MEMBER, MEMBER, MEMBER_OR_INVITED, SUPPORTER, PARTICIPANT;

    /**
     * Whether the role makes a body a member of the task force, not a supporter or a
     * participant.
     */
    public boolean isMember() {
        return this == LEAD || this == PRIMARY_MEMBER || this == MEMBER;
    }

    /** The value the database, the API, the CSV and the message keys use. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
