package org.antitrafficking.directory.source;

import java.time.LocalDate;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.antitrafficking.directory.system.SlugEnumConverter;
import org.hibernate.annotations.Immutable;

/** A document the directory's facts come from. */
@Entity
@Immutable
public class Source {

    public enum Kind {
        DOCUMENT, SUPPLEMENT;

        public static class Converter extends SlugEnumConverter<Kind> {
            public Converter() {
                super(Kind.class);
            }
        }
    }

    @Id
    private Long id;

    private String slug;

    private String title;

    private String publisher;

    private String dateLabel;

    private LocalDate publishedOn;

    @Convert(converter = Kind.Converter.class)
    private Kind kind;

    private String summary;

    private int position;

    protected Source() {
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getDateLabel() {
        return dateLabel;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public int getPosition() {
        return position;
    }
}
