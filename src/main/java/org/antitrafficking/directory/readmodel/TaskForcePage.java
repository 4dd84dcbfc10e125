package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Everything the page of one task force shows; members are grouped by their part in it.
 */
@Schema(description = "A task force with its scope, members grouped by role, other participants, what it produces, functions, figures and sources.")
public record TaskForcePage(RecordLink link, String kind, String description, @Nullable String website,
        List<TaskForceScope> scopes, List<MemberGroup> members, @Nullable String otherParticipants,
        List<RecordLink> programs, List<WorkFunction> functions, List<FigureView> figures, Provenance provenance) {

    /** The members with one role, such as the leads or the primary members. */
    @Schema(name = "TaskForceMemberGroup",
            description = "The members with one role: lead, primary-member, member, supporter or participant.")
    public record MemberGroup(MemberRole role, List<RecordLink> members) {
    }
}
