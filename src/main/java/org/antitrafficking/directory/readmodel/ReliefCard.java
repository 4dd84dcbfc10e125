package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A form of relief as the comparison and its page show it: who it is for, who asks for it
 * and with which form, what it gives and how many are granted a year. Each of these is
 * null where the sources do not say.
 */
public record ReliefCard(RecordLink link, String shortName, String description, RecordLink department,
        @Nullable String eligibility, @Nullable String requestedBy, @Nullable String applicationForm,
        @Nullable String provides, @Nullable String annualLimit, @Nullable String website, List<Handler> handlers) {

    /** A component and what it does for this form of relief. */
    public record Handler(RecordLink agency, HandlerRole role) {
    }
}
