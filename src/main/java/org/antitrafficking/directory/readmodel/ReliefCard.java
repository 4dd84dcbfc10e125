package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A form of relief as the comparison and its page show it. {@code eligibility}, {@code requestedBy},
 * {@code provides} and {@code website} are null where the sources do not say.
 */
@Schema(description = "A form of immigration relief; eligibility, requestedBy, provides and website are absent where the sources do not say.")
public record ReliefCard(RecordLink link, String shortName, String description, RecordLink department,
        String eligibility, String requestedBy, String provides, String website, List<Handler> handlers) {

    /** A component and what it does for this form of relief. */
    @Schema(name = "ReliefHandler", description = "A component and its role: administers, processes or supports.")
    public record Handler(RecordLink agency, String role) {
    }
}
