package org.antitrafficking.directory.suggestion;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion as it is stored: the record and field, what the page showed, and the
 * visitor's words, checked and stripped.
 */
record Suggestion(RecordKind kind, String slug, String field, @Nullable String currentValue, String proposedValue,
        String evidence, @Nullable String replyTo) {

    /** The table that holds records of the suggestion's kind, each with its slug. */
    String recordTable() {
        return switch (kind) {
            case DEPARTMENT -> "department";
            case AGENCY -> "component";
            case PROGRAM -> "program";
            case TASK_FORCE -> "task_force";
            case HOTLINE -> "hotline";
            case RELIEF_TYPE -> "relief_type";
            case SOURCE -> "source";
            case FUNCTION -> throw new IllegalArgumentException("Functions take no suggestions");
        };
    }

}
