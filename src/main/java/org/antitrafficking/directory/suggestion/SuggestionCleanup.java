package org.antitrafficking.directory.suggestion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every few minutes, on every instance: reads the day's keys ahead of need and deletes
 * those no token can use, deletes the counts of hours that are over (each submission
 * deletes some too, but an address that never comes back leaves its count to this), and
 * erases the ways to reply that were kept only to answer. Several instances doing it at
 * once delete nothing twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SuggestionCleanup {

    static final long INTERVAL_MILLIS = 10 * 60 * 1000;

    private static final Logger log = LoggerFactory.getLogger(SuggestionCleanup.class);

    private final DailyKeys keys;

    private final SuggestionStore store;

    SuggestionCleanup(DailyKeys keys, SuggestionStore store) {
        this.keys = keys;
        this.store = store;
    }

    @Scheduled(fixedDelay = INTERVAL_MILLIS, initialDelay = 1000)
    void clean() {
        try {
            keys.prepare();
            int windows = store.deleteExpiredAllowances();
            int replies = store.eraseOldReplyAddresses();
            if (windows > 0 || replies > 0) {
                log.info("Deleted {} ended suggestion allowances and erased {} old reply addresses", windows, replies);
            }
        }
        catch (DataAccessException ex) {
            log.warn("Could not clean up the suggestion tables, will try again in {} minutes: {}",
                    INTERVAL_MILLIS / 60000, ex.getMostSpecificCause().getMessage());
        }
    }

}
