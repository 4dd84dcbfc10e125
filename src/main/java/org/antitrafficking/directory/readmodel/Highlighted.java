package org.antitrafficking.directory.search;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
/**
 * Text with the words that matched a search marked, as parts the template renders one by one (so no
 * markup from the database reaches the page unescaped).
 */
@Schema(description = "Text split into parts; the parts with match true are the words that matched.")
public record Highlighted(List<Part> parts) {

    /** The markers PostgreSQL puts around a matched word; characters the directory's texts never use. */
    static final String START = "\u27E6";
    static final String STOP = "\u27E7";

    @Schema(name = "HighlightedPart", description = "A stretch of text, and whether it matched the search.")
    public record Part(String text, boolean match) {
    }

    static Highlighted parse(String marked) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(START, at);
            if (start < 0) {
                parts.add(new Part(marked.substring(at), false));
                break;
            }
            if (start > at) {
                parts.add(new Part(marked.substring(at, start), false));
            }
            int stop = marked.indexOf(STOP, start);
            int end = (stop < 0) ? marked.length() : stop;
            parts.add(new Part(marked.substring(start + START.length(), end), true));
            at = (stop < 0) ? marked.length() : stop + STOP.length();
        }
        return new Highlighted(List.copyOf(parts));
    }
}
