package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A form of relief as the comparison and its page show it: who it is for, who asks for it
 * and with which form, what it gives and how many are granted a year. Each of these is
 * null where the sources do not say.
 */
@Schema(description = "A form of immigration relief; eligibility, requestedBy, applicationForm, provides, annualLimit and website are absent where the sources do not say.")
public record ReliefCard(RecordLink link, String shortName, String description, RecordLink department,
        @Nullable String eligibility, @Nullable String requestedBy, @Nullable String applicationForm,
        @Nullable String provides, @Nullable String annualLimit, @Nullable String website, List<Handler> handlers) {

    /** A component and what it does for this form of relief. */
    @Schema(name = "ReliefHandler",
            description = "A component and its role: administers, processes, supports, or requests it for a victim.")
    public record Handler(RecordLink agency, HandlerRole role) {
    }
}
