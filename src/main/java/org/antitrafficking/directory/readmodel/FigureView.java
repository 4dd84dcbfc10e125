package org.antitrafficking.directory.readmodel;

/** A figure as a record page shows it, with the source that gives it. */
public record FigureView(String value, String label, String sourceSlug, String sourceTitle) {
}
