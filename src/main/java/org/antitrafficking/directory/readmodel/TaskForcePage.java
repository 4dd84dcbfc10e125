package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the page of one task force shows; members are grouped by their part in it.
 */
public record TaskForcePage(RecordLink link, String kind, String description, @Nullable String website,
        List<TaskForceScope> scopes, List<MemberGroup> members, @Nullable String otherParticipants,
        List<RecordLink> programs, List<WorkFunction> functions, List<FigureView> figures, Provenance provenance) {

    /** The members with one role, such as the leads or the primary members. */
    public record MemberGroup(MemberRole role, List<RecordLink> members) {
    }
}
