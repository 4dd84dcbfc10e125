package org.antitrafficking.directory.suggestion;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.web.VisitorText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * Takes a suggestion: checks its token, its fields and the honeypot, and stores it if the
 * client address may send one more. Logs what happened and why, never what the visitor
 * wrote.
 */
@Service
class SuggestionService {

    private static final Logger log = LoggerFactory.getLogger(SuggestionService.class);

    private final RecordFields fields;

    private final FormToken tokens;

    private final SuggestionStore store;

    SuggestionService(RecordFields fields, DailyKeys keys, SuggestionStore store) {
        this.fields = fields;
        this.tokens = new FormToken(keys, Clock.systemUTC());
        this.store = store;
    }

    SuggestedRecord record(String kind, String slug, Locale locale) {
        return fields.find(kind, slug, locale);
    }

    /** A token for a new form; throws if the day's key cannot be read. */
    String token(SuggestedRecord record) {
        return tokens.issue(record.link().kind().slug(), record.link().slug());
    }

    /**
     * A token for a form shown again after a submission, or null if the day's key cannot
     * be read just now. The visitor who filled it in once need not wait the fill time
     * again.
     */
    @Nullable String tokenAgain(SuggestedRecord record, Answer answer) {
        String kind = record.link().kind().slug();
        try {
            return answer.tokenValid() ? tokens.reissue(kind, record.link().slug())
                    : tokens.issue(kind, record.link().slug());
        }
        catch (DataAccessException ex) {
            return null;
        }
    }

    Answer submit(SuggestedRecord record, SuggestionForm form, String clientAddress) {
        String name = record.link().kind().slug() + " " + VisitorText.loggable(record.link().slug());
        try {
            FormToken.Check token = tokens.check(form.token(), record.link().kind().slug(), record.link().slug());
            Map<String, String> problems = form.problems(record);
            String notice = (token == FormToken.Check.VALID) ? null : "suggest.error.token." + Slugs.of(token);
            if (notice == null && form.trapped()) {
                notice = "suggest.error.trap";
            }
            if (notice != null || !problems.isEmpty()) {
                log.info("400 suggestion for {}: token {}, {}{}", name, Slugs.of(token), problems.keySet(),
                        form.trapped() ? ", honeypot filled" : "");
                return new Answer(Answer.Outcome.INVALID, problems, notice, token == FormToken.Check.VALID);
            }
            return switch (store.save(form.suggestion(record), clientAddress)) {
                case STORED -> {
                    log.info("Suggestion received for {}", name);
                    yield Answer.of(Answer.Outcome.RECEIVED, "", true);
                }
                case LIMIT_REACHED -> {
                    log.info("429 suggestion for {}: the address has sent {} this hour", name, Allowance.PER_HOUR);
                    yield Answer.of(Answer.Outcome.TOO_MANY, "suggest.error.too-many", true);
                }
                case RECORD_GONE -> Answer.of(Answer.Outcome.RECORD_GONE, "suggest.error.record-gone", true);
            };
        }
        catch (DataAccessException | TransactionException ex) {
            // The pool's driver leaves the rows out of its messages
            // (logServerErrorDetail).
            log.warn("503 suggestion for {}: the database is unavailable ({})", name,
                    VisitorText.loggable(String.valueOf(ex.getMostSpecificCause().getMessage())));
            return Answer.of(Answer.Outcome.UNAVAILABLE, "suggest.error.unavailable", true);
        }
    }

}
