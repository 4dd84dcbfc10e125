package org.antitrafficking.directory.readmodel;

import io.swagger.v3.oas.annotations.media.Schema;

/** A figure as a record page shows it, with the source that gives it. */
@Schema(description = "A figure a source gives (value, exactly as written), what it counts (label), and that source.")
public record FigureView(String value, String label, String sourceSlug, String sourceTitle) {
}
