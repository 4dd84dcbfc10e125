package org.antitrafficking.directory.source;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderBy;

import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordLink;

/**
 * What every directory record has: a slug for its URL, a name, a description in the project's words,
 * perhaps an official website and a note on where the sources disagree, and the sources it rests on.
 * Each entity names its own citation table with {@code @AssociationOverride(name = "sources")}.
 */
@MappedSuperclass
public abstract class CitedRecord {

    @Id
    private Long id;

    private String slug;

    private String name;

    private String description;

    private String website;

    private String sourceNote;

    @ManyToMany
    @OrderBy("position")
    private Set<Source> sources = new LinkedHashSet<>();

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Optional<String> getWebsite() {
        return Optional.ofNullable(website);
    }

    public Optional<String> getSourceNote() {
        return Optional.ofNullable(sourceNote);
    }

    public Set<Source> getSources() {
        return sources;
    }

    /** Which kind of page shows this record. */
    public abstract RecordKind recordKind();

    /** A short form shown after the name in links, such as an acronym; none by default. */
    protected String shortLabel() {
        return null;
    }

    public RecordLink link() {
        return new RecordLink(recordKind(), slug, name, shortLabel());
    }

    public static List<RecordLink> links(Collection<? extends CitedRecord> records) {
        return records.stream().map(CitedRecord::link).toList();
    }
}
