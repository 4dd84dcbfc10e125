package org.antitrafficking.directory.readmodel;

/** How many records of each kind the directory holds. */
public record DirectoryCounts(long departments, long agencies, long programs, long taskForces, long hotlines,
        long reliefTypes, long sources) {
}
