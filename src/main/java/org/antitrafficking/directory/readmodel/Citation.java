package org.antitrafficking.directory.source;

import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
/** A source as a record page lists it. */
@Schema(description = "A source as a record cites it: slug, title, publisher, how its date is known, and whether it is the supplementary contact record.")
public record Citation(String slug, String title, String publisher, String dateLabel, boolean supplement) {

    public static Citation of(Source source) {
        return new Citation(source.getSlug(), source.getTitle(), source.getPublisher(), source.getDateLabel(),
                source.getKind() == Source.Kind.SUPPLEMENT);
    }

    public static List<Citation> of(Collection<Source> sources) {
        return sources.stream().map(Citation::of).toList();
    }
}
