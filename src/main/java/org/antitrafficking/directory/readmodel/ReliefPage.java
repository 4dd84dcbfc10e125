package org.antitrafficking.directory.readmodel;

/** Everything the page of one form of relief shows. */
public record ReliefPage(ReliefCard card, Provenance provenance) {
}
