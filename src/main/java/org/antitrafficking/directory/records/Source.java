package org.antitrafficking.directory.records;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/** A document the directory's facts come from (table {@code source}, migration V2). */
@Entity
public class Source extends DirectoryRecord {

    @NotNull
    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private String title;

    @NotNull
    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private String publisher;

    /** How the date is known, as the curators could tell it ("undated"). */
    @NotNull
    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private String dateLabel;

    private @Nullable LocalDate publishedOn;

    @NotNull
    private SourceKind kind;

    /**
     * The file in the project's seed folder whose text this record stands for; none for a
     * web page (migration V49).
     */
    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String fileName;

    /** Where a web page is; none for a seed document. */
    @WebAddress
    @Column(columnDefinition = "web_address")
    private @Nullable String url;

    @NotNull
    @NonblankText(max = NonblankText.PROSE)
    @Column(columnDefinition = "nonblank_text")
    private String summary;

    @Positive
    private int position;

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPublisher() {
        return this.publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getDateLabel() {
        return this.dateLabel;
    }

    public void setDateLabel(String dateLabel) {
        this.dateLabel = dateLabel;
    }

    public @Nullable LocalDate getPublishedOn() {
        return this.publishedOn;
    }

    public void setPublishedOn(@Nullable LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public SourceKind getKind() {
        return this.kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public @Nullable String getUrl() {
        return this.url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    /**
     * A web page has its address and no file; a seed document its file (migration V49).
     */
    @AssertTrue(message = "{records.invalid.source-place}")
    public boolean isFoundOneWay() {
        return (this.kind == SourceKind.WEB_PAGE) ? (this.url != null && this.fileName == null) : this.fileName != null;
    }

    public @Nullable String getFileName() {
        return this.fileName;
    }

    public void setFileName(@Nullable String fileName) {
        this.fileName = fileName;
    }

    public String getSummary() {
        return this.summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public int getPosition() {
        return this.position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

}
