package org.antitrafficking.directory.taskforce;

import java.util.List;

import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.source.FigureView;
import org.antitrafficking.directory.source.Provenance;
import org.antitrafficking.directory.web.RecordLink;

/** Everything the page of one task force shows; members are grouped by their part in it. */
public record TaskForcePage(RecordLink link, String kind, String description, String website,
        List<String> scopes, List<MemberGroup> members, String otherParticipants, List<RecordLink> programs,
        List<Function> functions, List<FigureView> figures, Provenance provenance) {

    /** The members with one role, such as the leads or the primary members. */
    public record MemberGroup(String role, List<RecordLink> members) {
    }
}
