package org.antitrafficking.directory.readmodel;

import io.swagger.v3.oas.annotations.media.Schema;

/** Everything the page of one form of relief shows. */
@Schema(description = "A form of immigration relief and the sources it rests on.")
public record ReliefPage(ReliefCard card, Provenance provenance) {
}
