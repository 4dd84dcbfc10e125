package org.antitrafficking.directory.records;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * A form of immigration relief open to victims of trafficking and other crimes (table
 * {@code relief_type}, migrations V7 and V28), with the agencies that handle it. Null
 * where the sources do not say.
 */
@Entity
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "relief_type_source",
        joinColumns = @JoinColumn(name = "relief_type_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class ReliefType extends CitedRecord {

    @NotNull
    @NonblankText(max = NonblankText.SHORT)
    @Column(columnDefinition = "nonblank_text")
    private String shortName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    @NonblankText(max = NonblankText.PROSE)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String eligibility;

    @NonblankText(max = NonblankText.PROSE)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String requestedBy;

    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String applicationForm;

    @NonblankText(max = NonblankText.PROSE)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String provides;

    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String annualLimit;

    @Positive
    private int position;

    @ElementCollection
    @CollectionTable(name = "relief_type_component", joinColumns = @JoinColumn(name = "relief_type_id"))
    private Set<@Valid ReliefHandler> handlers = new HashSet<>();

    public String getShortName() {
        return this.shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Department getDepartment() {
        return this.department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public @Nullable String getEligibility() {
        return this.eligibility;
    }

    public void setEligibility(@Nullable String eligibility) {
        this.eligibility = eligibility;
    }

    public @Nullable String getRequestedBy() {
        return this.requestedBy;
    }

    public void setRequestedBy(@Nullable String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public @Nullable String getApplicationForm() {
        return this.applicationForm;
    }

    public void setApplicationForm(@Nullable String applicationForm) {
        this.applicationForm = applicationForm;
    }

    public @Nullable String getProvides() {
        return this.provides;
    }

    public void setProvides(@Nullable String provides) {
        this.provides = provides;
    }

    public @Nullable String getAnnualLimit() {
        return this.annualLimit;
    }

    public void setAnnualLimit(@Nullable String annualLimit) {
        this.annualLimit = annualLimit;
    }

    public int getPosition() {
        return this.position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public Set<ReliefHandler> getHandlers() {
        return this.handlers;
    }

}
