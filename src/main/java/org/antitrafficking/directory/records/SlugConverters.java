package org.antitrafficking.directory.records;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DepartmentKind;
import org.antitrafficking.directory.readmodel.HandlerRole;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.MemberRole;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.TaskForceScope;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.jspecify.annotations.Nullable;

/**
 * Every closed set of values the records hold, stored as the slugs the database's CHECK
 * constraints list ({@code GRANT_PROGRAM} is {@code grant-program}), never as names or
 * ordinals. Applied to every attribute of these types; a value the database holds and
 * this version of the application does not know fails loudly.
 */
public final class SlugConverters {

    private SlugConverters() {
    }

    /** An enum as its slug. */
    abstract static class SlugConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

        private final Class<E> type;

        SlugConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable E value) {
            return (value != null) ? Slugs.of(value) : null;
        }

        @Override
        public @Nullable E convertToEntityAttribute(@Nullable String slug) {
            return (slug != null) ? Slugs.fromDatabase(this.type, slug) : null;
        }

    }

    @Converter(autoApply = true)
    public static final class DepartmentKinds extends SlugConverter<DepartmentKind> {

        public DepartmentKinds() {
            super(DepartmentKind.class);
        }

    }

    @Converter(autoApply = true)
    public static final class AgencyKinds extends SlugConverter<AgencyKind> {

        public AgencyKinds() {
            super(AgencyKind.class);
        }

    }

    @Converter(autoApply = true)
    public static final class ProgramKinds extends SlugConverter<ProgramKind> {

        public ProgramKinds() {
            super(ProgramKind.class);
        }

    }

    @Converter(autoApply = true)
    public static final class TaskForceKinds extends SlugConverter<TaskForceKind> {

        public TaskForceKinds() {
            super(TaskForceKind.class);
        }

    }

    @Converter(autoApply = true)
    public static final class SourceKinds extends SlugConverter<SourceKind> {

        public SourceKinds() {
            super(SourceKind.class);
        }

    }

    @Converter(autoApply = true)
    public static final class TaskForceScopes extends SlugConverter<TaskForceScope> {

        public TaskForceScopes() {
            super(TaskForceScope.class);
        }

    }

    @Converter(autoApply = true)
    public static final class MemberRoles extends SlugConverter<MemberRole> {

        public MemberRoles() {
            super(MemberRole.class);
        }

    }

    @Converter(autoApply = true)
    public static final class OperatorRoles extends SlugConverter<OperatorRole> {

        public OperatorRoles() {
            super(OperatorRole.class);
        }

    }

    @Converter(autoApply = true)
    public static final class HandlerRoles extends SlugConverter<HandlerRole> {

        public HandlerRoles() {
            super(HandlerRole.class);
        }

    }

    @Converter(autoApply = true)
    public static final class HotlineOperatorRoles extends SlugConverter<HotlineOperatorRole> {

        public HotlineOperatorRoles() {
            super(HotlineOperatorRole.class);
        }

    }

    @Converter(autoApply = true)
    public static final class HotlinePurposes extends SlugConverter<HotlinePurpose> {

        public HotlinePurposes() {
            super(HotlinePurpose.class);
        }

    }

    @Converter(autoApply = true)
    public static final class ChannelKinds extends SlugConverter<ChannelKind> {

        public ChannelKinds() {
            super(ChannelKind.class);
        }

    }

    @Converter(autoApply = true)
    public static final class LawEnforcementAnswers extends SlugConverter<LawEnforcementSharing> {

        public LawEnforcementAnswers() {
            super(LawEnforcementSharing.class);
        }

    }

    @Converter(autoApply = true)
    public static final class WorkFunctions extends SlugConverter<WorkFunction> {

        public WorkFunctions() {
            super(WorkFunction.class);
        }

    }

}
