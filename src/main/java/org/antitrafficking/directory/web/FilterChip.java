package org.antitrafficking.directory.web;

/**
 * An active filter shown as a removable chip: its label is the message
 * {@code messageKey}, given {@code argument}, and following {@code removeHref} drops just
 * this filter.
 */
public record FilterChip(String messageKey, String argument, String removeHref) {
}
