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
        return kind.table();
    }

}
