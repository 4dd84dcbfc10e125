package org.antitrafficking.directory.relief;

import org.antitrafficking.directory.source.Provenance;

/** Everything the page of one form of relief shows. */
public record ReliefPage(ReliefCard card, Provenance provenance) {
}
