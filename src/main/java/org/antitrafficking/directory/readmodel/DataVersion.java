package org.antitrafficking.directory.readmodel;

import java.time.Instant;

/**
 * The version of the directory's data (migration V25): a counter every change bumps, and
 * when it last changed. The pair is the same for every instance reading one database, and
 * differs between two databases that happen to have counted to the same number.
 */
public record DataVersion(long number, Instant changedAt) {

    /** Such as {@code 42@2026-11-22T10:15:30.123456Z}. */
    @Override
    public String toString() {
        return number + "@" + changedAt;
    }
}
