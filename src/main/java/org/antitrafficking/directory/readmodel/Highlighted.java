package org.antitrafficking.directory.readmodel;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Text with the words that matched a search marked, as parts the template renders one by one (so no
 * markup from the data reaches the page unescaped).
 */
@Schema(description = "Text split into parts; the parts with match true are the words that matched.")
public record Highlighted(List<Part> parts) {

    @Schema(name = "HighlightedPart", description = "A stretch of text, and whether it matched the search.")
    public record Part(String text, boolean match) {
    }
}
