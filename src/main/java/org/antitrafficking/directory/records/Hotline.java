package org.antitrafficking.directory.records;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.jspecify.annotations.Nullable;

/**
 * A line a person can call, text or write to (table {@code hotline}, migrations V6, V24
 * and V38): who is behind it, what it is for, how to reach it, and whether what a caller
 * says goes to law enforcement. Null where the sources do not say.
 */
@Entity
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "hotline_source",
        joinColumns = @JoinColumn(name = "hotline_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Hotline extends CitedRecord {

    @Embedded
    private @Valid @Nullable HotlineOperator operator;

    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String audience;

    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String hours;

    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String languages;

    private @Nullable Boolean anonymousTips;

    private @Nullable Boolean confidential;

    @Embedded
    private @Valid @Nullable LawEnforcementAnswer lawEnforcement;

    /** Where the line stands in lists; one line per place. */
    @Positive
    private int position;

    /** One of the lines the home page puts first, as cards. */
    private boolean featured;

    @ElementCollection
    @CollectionTable(name = "hotline_purpose", joinColumns = @JoinColumn(name = "hotline_id"))
    @Column(name = "purpose")
    private Set<HotlinePurpose> purposes = EnumSet.noneOf(HotlinePurpose.class);

    @OneToMany(mappedBy = "hotline", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid HotlineChannel> channels = new ArrayList<>();

    /** The source of the law enforcement answer is one the line cites (migration V38). */
    @AssertTrue(message = "{records.invalid.law-enforcement-source}")
    public boolean isLawEnforcementAnswerCited() {
        LawEnforcementAnswer answer = this.lawEnforcement;
        return answer == null || getSources().stream().anyMatch(source -> same(source, answer.getSource()));
    }

    public @Nullable HotlineOperator getOperator() {
        return this.operator;
    }

    public void setOperator(@Nullable HotlineOperator operator) {
        this.operator = operator;
    }

    public @Nullable String getAudience() {
        return this.audience;
    }

    public void setAudience(@Nullable String audience) {
        this.audience = audience;
    }

    public @Nullable String getHours() {
        return this.hours;
    }

    public void setHours(@Nullable String hours) {
        this.hours = hours;
    }

    public @Nullable String getLanguages() {
        return this.languages;
    }

    public void setLanguages(@Nullable String languages) {
        this.languages = languages;
    }

    public @Nullable Boolean getAnonymousTips() {
        return this.anonymousTips;
    }

    public void setAnonymousTips(@Nullable Boolean anonymousTips) {
        this.anonymousTips = anonymousTips;
    }

    public @Nullable Boolean getConfidential() {
        return this.confidential;
    }

    public void setConfidential(@Nullable Boolean confidential) {
        this.confidential = confidential;
    }

    public @Nullable LawEnforcementAnswer getLawEnforcement() {
        return this.lawEnforcement;
    }

    public void setLawEnforcement(@Nullable LawEnforcementAnswer lawEnforcement) {
        this.lawEnforcement = lawEnforcement;
    }

    public int getPosition() {
        return this.position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isFeatured() {
        return this.featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public Set<HotlinePurpose> getPurposes() {
        return this.purposes;
    }

    /** The ways to reach the line, in order; a new one names the hotline too. */
    public List<HotlineChannel> getChannels() {
        return this.channels;
    }

}
