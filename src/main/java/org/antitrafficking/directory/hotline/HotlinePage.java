package org.antitrafficking.directory.hotline;

import org.antitrafficking.directory.source.Provenance;

/** Everything the page of one hotline shows. */
public record HotlinePage(HotlineCard card, Provenance provenance) {
}
