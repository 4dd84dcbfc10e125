package org.antitrafficking.directory.readmodel.load;

import java.time.LocalDate;
import java.util.List;

import org.antitrafficking.directory.readmodel.DataVersion;

/** The directory's tables as the snapshot loader reads them, one record per row. */
record DirectoryRows(DataVersion version, List<SourceRow> sources, List<DepartmentRow> departments,
        List<ComponentRow> components, List<ProgramRow> programs, List<OperatorRow> operators,
        List<TaskForceRow> taskForces, List<MemberRow> members, List<HotlineRow> hotlines, List<ChannelRow> channels,
        List<ReliefRow> reliefTypes, List<HandlerRow> handlers, List<FigureRow> figures) {

    record SourceRow(long id, String slug, String title, String publisher, String dateLabel, LocalDate publishedOn,
            String kind, String summary, int position) {
    }

    record DepartmentRow(long id, String slug, String name, String acronym, String kind, String description,
            String website, String sourceNote, List<Long> sources) {
    }

    record ComponentRow(long id, String slug, String name, String acronym, String kind, long departmentId,
            Long parentId, String description, String website, String sourceNote, List<String> functions,
            List<Long> sources) {
    }

    record ProgramRow(long id, String slug, String name, String acronym, String kind, Long departmentId,
            Long taskForceId, boolean crossAgency, Long parentId, String description, String website, String sourceNote,
            List<String> functions, List<Long> sources) {
    }

    record OperatorRow(long programId, long componentId, String role) {
    }

    record TaskForceRow(long id, String slug, String name, String acronym, String kind, String description,
            String otherParticipants, String website, String sourceNote, List<String> scopes, List<String> functions,
            List<Long> sources) {
    }

    record MemberRow(long taskForceId, Long departmentId, Long componentId, String role) {
    }

    record HotlineRow(long id, String slug, String name, Long departmentId, Long componentId, String operatorRole,
            String description, String audience, String hours, String languages, String lawEnforcementSharing,
            String lawEnforcementNote, Long lawEnforcementSourceId, Boolean anonymousTips, Boolean confidential,
            String website, String sourceNote, int position, boolean featured, List<String> purposes,
            List<Long> sources) {
    }

    record ChannelRow(long hotlineId, String kind, String displayValue, String dial, String url, String instructions,
            long sourceId, int position) {
    }

    record ReliefRow(long id, String slug, String name, String shortName, long departmentId, String description,
            String eligibility, String requestedBy, String applicationForm, String provides, String annualLimit,
            String website, String sourceNote, int position, List<Long> sources) {
    }

    record HandlerRow(long reliefTypeId, long componentId, String role) {
    }

    record FigureRow(Long departmentId, Long componentId, Long programId, Long taskForceId, String value, String label,
            long sourceId, int position) {
    }
}
