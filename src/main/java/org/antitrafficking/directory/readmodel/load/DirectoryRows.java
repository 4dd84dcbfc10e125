package org.antitrafficking.directory.readmodel.load;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.RetiredRecords;
import org.antitrafficking.directory.readmodel.Translations;
import org.jspecify.annotations.Nullable;

/** The directory's tables as the snapshot loader reads them, one record per row. */
record DirectoryRows(DataVersion version, List<SourceRow> sources, List<DepartmentRow> departments,
        List<ComponentRow> components, List<ProgramRow> programs, List<OperatorRow> operators,
        List<TaskForceRow> taskForces, List<MemberRow> members, List<HotlineRow> hotlines, List<ChannelRow> channels,
        List<ReliefRow> reliefTypes, List<HandlerRow> handlers, List<FigureRow> figures, List<RevisionRow> revisions,
        List<CheckRow> checks, List<RetiredRecords.Retired> retired, Translations translations) {

    record SourceRow(long id, String slug, String title, String publisher, String dateLabel,
            @Nullable LocalDate publishedOn, String kind, String summary, int position, @Nullable String url) {
    }

    record DepartmentRow(long id, String slug, String name, @Nullable String acronym, String kind, String description,
            @Nullable String website, @Nullable String sourceNote, List<Long> sources) {
    }

    record ComponentRow(long id, String slug, String name, @Nullable String acronym, String kind, long departmentId,
            @Nullable Long parentId, String description, @Nullable String website, @Nullable String sourceNote,
            List<String> functions, List<Long> sources) {
    }

    record ProgramRow(long id, String slug, String name, @Nullable String acronym, String kind,
            @Nullable Long departmentId, @Nullable Long taskForceId, boolean crossAgency, @Nullable Long parentId,
            String description, @Nullable String website, @Nullable String sourceNote, List<String> functions,
            List<Long> sources) {
    }

    record OperatorRow(long programId, long componentId, String role) {
    }

    record TaskForceRow(long id, String slug, String name, @Nullable String acronym, String kind, String description,
            @Nullable String otherParticipants, @Nullable String website, @Nullable String sourceNote,
            List<String> scopes, List<String> functions, List<Long> sources) {
    }

    record MemberRow(long taskForceId, @Nullable Long departmentId, @Nullable Long componentId, String role) {
    }

    record HotlineRow(long id, String slug, String name, @Nullable Long departmentId, @Nullable Long componentId,
            @Nullable String operatorRole, String description, @Nullable String audience, @Nullable String hours,
            @Nullable String languages, @Nullable String lawEnforcementSharing, @Nullable String lawEnforcementNote,
            @Nullable Long lawEnforcementSourceId, @Nullable Boolean anonymousTips, @Nullable Boolean confidential,
            @Nullable String website, @Nullable String sourceNote, int position, boolean featured,
            List<String> purposes, List<Long> sources) {
    }

    record ChannelRow(long hotlineId, String kind, String displayValue, @Nullable String dial, @Nullable String url,
            @Nullable String instructions, long sourceId, int position) {
    }

    record ReliefRow(long id, String slug, String name, String shortName, long departmentId, String description,
            @Nullable String eligibility, @Nullable String requestedBy, @Nullable String applicationForm,
            @Nullable String provides, @Nullable String annualLimit, @Nullable String website,
            @Nullable String sourceNote, int position, List<Long> sources) {
    }

    record HandlerRow(long reliefTypeId, long componentId, String role) {
    }

    record FigureRow(@Nullable Long departmentId, @Nullable Long componentId, @Nullable Long programId,
            @Nullable Long taskForceId, String value, String label, long sourceId, int position) {
    }

    /** One changed field of a record, from {@code revision}. */
    record RevisionRow(long editId, String recordKind, long recordId, String field, @Nullable String before,
            @Nullable String after, String reason, long sourceId, Instant madeAt) {
    }

    /** One check of a whole record by a person, from {@code record_check}. */
    record CheckRow(String recordKind, long recordId, long sourceId, Instant checkedAt) {
    }

}
