package org.antitrafficking.directory.suggestion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What became of a submission: its outcome, what is wrong with each field (message keys
 * by field name), what is wrong with the form as a whole or why it could not be kept (a
 * message key), and whether its token was good, so a form shown again need not make the
 * visitor wait the fill time once more.
 */
record Answer(Outcome outcome, Map<String, String> problems, @Nullable String notice, boolean tokenValid) {

    Answer {
        // In the order of the form's fields, for the summary of problems at its top.
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** How a submission ended, and the status it is answered with. */
    enum Outcome {

        RECEIVED(303), INVALID(400), RECORD_GONE(404), TOO_MANY(429), UNAVAILABLE(503);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }

        int status() {
            return status;
        }

    }

    static Answer of(Outcome outcome, String notice, boolean tokenValid) {
        return new Answer(outcome, Map.of(), notice, tokenValid);
    }

}
