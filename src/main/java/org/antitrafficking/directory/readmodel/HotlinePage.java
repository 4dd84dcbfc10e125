package org.antitrafficking.directory.readmodel;

/** Everything the page of one hotline shows. */
public record HotlinePage(HotlineCard card, Provenance provenance) {
}
