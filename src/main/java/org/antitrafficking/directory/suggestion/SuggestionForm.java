package org.antitrafficking.directory.suggestion;

import java.util.LinkedHashMap;
import java.util.Map;

import org.antitrafficking.directory.web.TakesParameters;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor sent: the field they say is wrong, what it should say, where that comes
 * from, how to reply if they want an answer, the form's token and the honeypot
 * ({@code homepage}), which no person sees and so leaves empty.
 */
@TakesParameters({ "field", "proposed", "evidence", "reply", "token", "homepage" })
record SuggestionForm(@Nullable String field, @Nullable String proposed, @Nullable String evidence,
        @Nullable String reply, @Nullable String token, @Nullable String homepage) {

    static final int MAX_PROPOSED = 2000;

    static final int MAX_EVIDENCE = 1000;

    static final int MAX_REPLY = 200;

    /** An empty form, with the field chosen if the link named one. */
    static SuggestionForm choosing(@Nullable String field) {
        return new SuggestionForm(field, null, null, null, null, null);
    }

    /**
     * The visitor's words as the form shows them again: a line end is one character.
     * Public, as the template calls it.
     */
    public String proposedText() {
        return VisitorWords.shown(proposed);
    }

    public String evidenceText() {
        return VisitorWords.shown(evidence);
    }

    public String replyText() {
        return VisitorWords.shown(reply);
    }

    /** Whether a program filled in the field no person sees. */
    boolean trapped() {
        return homepage != null && !homepage.isEmpty();
    }

    /**
     * What is wrong with each field, by the field's name, in the order of the form: the
     * message key of the first problem of each. Empty if nothing is.
     */
    Map<String, String> problems(SuggestedRecord record) {
        Map<String, String> problems = new LinkedHashMap<>();
        Field chosen = (field == null) ? null : record.field(field).orElse(null);
        if (chosen == null) {
            problems.put("field", "suggest.error.field");
        }
        String proposedProblem = VisitorWords.problem(proposed, MAX_PROPOSED, true, true);
        if (proposedProblem == null && chosen != null && VisitorWords.stored(proposed).equals(chosen.value())) {
            proposedProblem = "same";
        }
        put(problems, "proposed", proposedProblem);
        put(problems, "evidence", VisitorWords.problem(evidence, MAX_EVIDENCE, true, true));
        put(problems, "reply", VisitorWords.problem(reply, MAX_REPLY, false, false));
        return problems;
    }

    /** The suggestion to store, once {@link #problems} found nothing. */
    Suggestion suggestion(SuggestedRecord record) {
        Field chosen = record.field(String.valueOf(field)).orElseThrow();
        String replyTo = VisitorWords.stored(reply);
        return new Suggestion(record.link().kind(), record.link().slug(), chosen.name(), chosen.value(),
                VisitorWords.stored(proposed), VisitorWords.stored(evidence), replyTo.isEmpty() ? null : replyTo);
    }

    private static void put(Map<String, String> problems, String name, @Nullable String problem) {
        if (problem != null) {
            problems.put(name, "suggest.error." + name + "." + problem);
        }
    }

}
