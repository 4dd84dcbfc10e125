package org.antitrafficking.directory.relief;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.antitrafficking.directory.web.RecordLink;

/**
 * A form of relief as the comparison and its page show it. {@code eligibility}, {@code requestedBy}
 * and {@code provides} are null where the sources do not say.
 */
@Schema(description = "A form of immigration relief; eligibility, requestedBy and provides are absent where the sources do not say.")
public record ReliefCard(RecordLink link, String shortName, String description, RecordLink department,
        String eligibility, String requestedBy, String provides, List<Handler> handlers) {

    /** A component and what it does for this form of relief. */
    @Schema(name = "ReliefHandler", description = "A component and its role: administers, processes or supports.")
    public record Handler(RecordLink agency, String role) {
    }
}
