package org.antitrafficking.directory.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one record since it was taken from its sources: every change an editor
 * made, newest first, and the last time a person checked the whole record against a
 * source. A record nobody has changed or checked has {@link #NONE}: its page says it is
 * as its sources gave it, with their dates, and claims no check.
 *
 * @param changes every change, newest first
 * @param lastCheck the latest check by a person, or null if nobody has checked it
 */
public record RecordHistory(List<Change> changes, @Nullable Check lastCheck) {

    /** A record's check is due this long after the last one. */
    public static final int CHECK_EVERY_MONTHS = 12;

    public static final RecordHistory NONE = new RecordHistory(List.of(), null);

    public RecordHistory {
        changes = List.copyOf(changes);
    }

    /** When anything in the record last changed, or null if nothing has. */
    public @Nullable LocalDate lastChangedOn() {
        return changes.isEmpty() ? null : changes.get(0).madeOn();
    }

    /**
     * Whether a person checked the record once but not in the last
     * {@value #CHECK_EVERY_MONTHS} months. A record never checked says so in other words.
     */
    public boolean checkOverdueOn(LocalDate today) {
        return lastCheck != null && lastCheck.checkedOn().isBefore(today.minusMonths(CHECK_EVERY_MONTHS));
    }

    /**
     * One field of the record changed by an editor.
     *
     * @param edit the number of the edit it was saved with; the changes of one edit share
     * it
     * @param madeAt when it was saved
     * @param field the field, as the record's message keys name it ({@code field.hours})
     * @param before the value before, or null if there was none
     * @param after the value after, or null if it was removed
     * @param reason why, in the editor's words
     * @param source the source that gives the new value
     */
    public record Change(long edit, Instant madeAt, String field, @Nullable String before, @Nullable String after,
            String reason, Citation source) {

        /** The day it was saved, in UTC. */
        public LocalDate madeOn() {
            return LocalDate.ofInstant(madeAt, ZoneOffset.UTC);
        }

    }

    /**
     * A person confirmed the whole record against a source, changing nothing.
     *
     * @param checkedAt when
     * @param source the source it was checked against
     */
    public record Check(Instant checkedAt, Citation source) {

        /** The day of the check, in UTC. */
        public LocalDate checkedOn() {
            return LocalDate.ofInstant(checkedAt, ZoneOffset.UTC);
        }

    }

}
