package org.antitrafficking.directory.readmodel;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One record that matched, with its name and a passage of its description, matched words
 * marked.
 */
@Schema(description = "A record that matched: its link, its name and a passage of its description with the matched words marked, and its rank.")
public record SearchHit(RecordLink link, Highlighted name, Highlighted snippet, double rank) {
}
