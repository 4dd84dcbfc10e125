package org.antitrafficking.directory.readmodel;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.springframework.web.util.HtmlUtils;

/**
 * Text with the words that matched a search marked, as parts. The API gives the parts; a
 * page shows {@link #html()}, where every part is escaped, so no markup from the data
 * reaches the page.
 */
public record Highlighted(List<Part> parts) {

    public record Part(String text, boolean match) {
    }

    /** The text as HTML: every part escaped, the matched ones in {@code <mark>}. */
    @JsonIgnore
    public String html() {
        StringBuilder html = new StringBuilder();
        for (Part part : parts) {
            String text = HtmlUtils.htmlEscape(part.text(), "UTF-8");
            html.append(part.match() ? "<mark>" + text + "</mark>" : text);
        }
        return html.toString();
    }
}
