package org.antitrafficking.directory.source;

import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
/** A figure as a record page shows it, with the source that gives it. */
@Schema(description = "A figure a source gives (value, exactly as written), what it counts (label), and that source.")
public record FigureView(String value, String label, String sourceSlug, String sourceTitle) {

    public static List<FigureView> of(Collection<Figure> figures) {
        return figures.stream()
            .map(figure -> new FigureView(figure.getValue(), figure.getLabel(), figure.getSource().getSlug(),
                    figure.getSource().getTitle()))
            .toList();
    }
}
