package org.antitrafficking.directory.suggestion;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes suggestions with plain SQL on the form's own pool ({@link SuggestionDatabase}):
 * the count of the client address and the suggestion in one transaction, committed before
 * the visitor is told it arrived. None of these tables moves the data version.
 */
@Component
class SuggestionStore {

    /** What became of a suggestion. */
    enum Saved {

        /** Stored and committed. */
        STORED,
        /** Not stored: the address has sent its suggestions for this hour. */
        LIMIT_REACHED,
        /** Not stored: the record is no longer in the database. */
        RECORD_GONE

    }

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final Allowance allowance;

    private final Clock clock;

    @Autowired
    SuggestionStore(SuggestionDatabase database, DailyKeys keys) {
        this(database.jdbc(), database.transactions(), keys, Clock.systemUTC());
    }

    SuggestionStore(JdbcClient jdbc, TransactionTemplate transactions, DailyKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.allowance = new Allowance(jdbc, keys);
        this.clock = clock;
    }

    /**
     * Stores the suggestion if the client address may send one more; throws a data access
     * or transaction exception if the database cannot be reached in time.
     */
    Saved save(Suggestion suggestion, String clientAddress) {
        Instant now = clock.instant();
        return transactions.execute(status -> {
            if (!allowance.take(clientAddress, now)) {
                status.setRollbackOnly();
                return Saved.LIMIT_REACHED;
            }
            // The table name is one of Suggestion's own, never the visitor's.
            int stored = jdbc
                .sql("""
                        INSERT INTO suggestion (record_kind, record_id, field, current_value, proposed_value, evidence,
                                                reply_to)
                        SELECT :kind, id, :field, :current, :proposed, :evidence, :reply FROM %s WHERE slug = :slug"""
                    .formatted(suggestion.recordTable()))
                .param("kind", suggestion.kind().slug())
                .param("field", suggestion.field())
                .param("current", suggestion.currentValue())
                .param("proposed", suggestion.proposedValue())
                .param("evidence", suggestion.evidence())
                .param("reply", suggestion.replyTo())
                .param("slug", suggestion.slug())
                .update();
            if (stored == 0) {
                status.setRollbackOnly();
                return Saved.RECORD_GONE;
            }
            return Saved.STORED;
        });
    }

    /** Deletes the counts of the hours that are over; returns how many. */
    int deleteExpiredAllowances() {
        return allowance.deleteExpired(clock.instant());
    }

    /**
     * Erases the ways to reply of suggestions decided more than 30 days ago: they were
     * kept only to answer. Returns how many.
     */
    int eraseOldReplyAddresses() {
        return jdbc.sql("""
                UPDATE suggestion SET reply_to = NULL
                WHERE reply_to IS NOT NULL AND decided_at < now() - interval '30 days'""").update();
    }

}
