package org.antitrafficking.directory.readmodel;

import io.swagger.v3.oas.annotations.media.Schema;

/** Everything the page of one hotline shows. */
@Schema(description = "A hotline and the sources it rests on.")
public record HotlinePage(HotlineCard card, Provenance provenance) {
}
