package org.antitrafficking.directory.readmodel;

/**
 * One record that matched, with its name and a passage of its description, matched words
 * marked.
 */
public record SearchHit(RecordLink link, Highlighted name, Highlighted snippet, double rank) {
}
