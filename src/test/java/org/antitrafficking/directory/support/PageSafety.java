package org.antitrafficking.directory.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What someone's words must never make of a page: an event handler, a {@code javascript:}
 * address, a script or a loaded frame, image or object that is not the site's own.
 */
public final class PageSafety {

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data",
            "xlink:href", "srcdoc");

    private PageSafety() {
    }

    /** Every such thing the HTML holds, described; empty for a safe page. */
    public static List<String> problemsOf(String html) {
        Document page = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add("event handler " + attribute.getKey() + " on <" + element.tagName() + ">");
                }
                if (URL_ATTRIBUTES.contains(name)
                        && attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    problems.add("javascript: in " + attribute.getKey());
                }
            }
        }
        for (Element script : page.select("script")) {
            if (!script.attr("src").startsWith("/assets/")
                    && !(script.attr("type").equals("application/ld+json") && !script.html().contains("<"))) {
                problems.add("a script not the site's: " + script.outerHtml());
            }
        }
        for (Element loaded : page.select("img, iframe, svg, object, embed, frame")) {
            if (!loaded.attr("src").startsWith("/assets/")) {
                problems.add("<" + loaded.tagName() + "> not the site's");
            }
        }
        return problems;
    }

}
