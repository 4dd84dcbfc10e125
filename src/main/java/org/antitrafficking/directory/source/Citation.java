package org.antitrafficking.directory.source;

import java.util.Collection;
import java.util.List;

/** A source as a record page lists it. */
public record Citation(String slug, String title, String publisher, String dateLabel, boolean supplement) {

    public static Citation of(Source source) {
        return new Citation(source.getSlug(), source.getTitle(), source.getPublisher(), source.getDateLabel(),
                source.getKind() == Source.Kind.SUPPLEMENT);
    }

    public static List<Citation> of(Collection<Source> sources) {
        return sources.stream().map(Citation::of).toList();
    }
}
