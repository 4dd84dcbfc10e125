package org.antitrafficking.directory.relief;

import io.swagger.v3.oas.annotations.media.Schema;
import org.antitrafficking.directory.source.Provenance;

/** Everything the page of one form of relief shows. */
@Schema(description = "A form of immigration relief and the sources it rests on.")
public record ReliefPage(ReliefCard card, Provenance provenance) {
}
