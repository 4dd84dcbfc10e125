package org.antitrafficking.directory.records;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A record the directory shows as a page of its own, with the sources that support it
 * (each kind's {@code *_source} table, named by the kind's {@code @AssociationOverride}).
 * The database refuses, at commit, a record that cites no source (migration V10); the
 * validation refuses it before.
 */
@MappedSuperclass
public abstract class CitedRecord extends DirectoryRecord {

    @NotNull
    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private String name;

    @NotNull
    @NonblankText(max = NonblankText.PROSE)
    @Column(columnDefinition = "nonblank_text")
    private String description;

    @WebAddress
    @Column(columnDefinition = "web_address")
    private @Nullable String website;

    /** Where the sources disagree about this record, and what the directory follows. */
    @NonblankText(max = NonblankText.PROSE)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String sourceNote;

    @ManyToMany
    @NotEmpty
    private Set<Source> sources = new HashSet<>();

    /** When the record was retired; null for a record in use (migration V50). */
    private @Nullable LocalDate retiredOn;

    /** Why the record was retired, shown on its page; null for a record in use. */
    @NonblankText(max = NonblankText.PROSE)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String retiredReason;

    /** A retired record has both a date and a reason; one in use neither. */
    @AssertTrue(message = "{records.invalid.retired}")
    public boolean isRetiredWithAReason() {
        return (this.retiredOn == null) == (this.retiredReason == null);
    }

    public @Nullable LocalDate getRetiredOn() {
        return this.retiredOn;
    }

    public @Nullable String getRetiredReason() {
        return this.retiredReason;
    }

    /**
     * Retires the record today for that reason, keeping the first date if it is retired
     * already; a null reason brings it back into use.
     */
    public void retire(@Nullable String reason, LocalDate today) {
        this.retiredReason = reason;
        this.retiredOn = (reason == null) ? null : (this.retiredOn != null) ? this.retiredOn : today;
    }

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable String getWebsite() {
        return this.website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getSourceNote() {
        return this.sourceNote;
    }

    public void setSourceNote(@Nullable String sourceNote) {
        this.sourceNote = sourceNote;
    }

    /** The sources cited, to add to or take from. */
    public Set<Source> getSources() {
        return this.sources;
    }

}
