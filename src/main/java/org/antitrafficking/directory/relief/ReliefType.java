package org.antitrafficking.directory.relief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.web.RecordKind;
import org.hibernate.annotations.Immutable;

/** A form of immigration relief open to victims of trafficking and other crimes. */
@Entity
@Immutable
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "relief_type_source",
        joinColumns = @JoinColumn(name = "relief_type_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class ReliefType extends CitedRecord {

    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Department department;

    private String eligibility;

    private String requestedBy;

    private String provides;

    private int position;

    @ElementCollection
    @CollectionTable(name = "relief_type_component", joinColumns = @JoinColumn(name = "relief_type_id"))
    private List<ReliefHandler> handlers = new ArrayList<>();

    protected ReliefType() {
    }

    public String getShortName() {
        return shortName;
    }

    public Department getDepartment() {
        return department;
    }

    /** Empty where the sources do not say. */
    public Optional<String> getEligibility() {
        return Optional.ofNullable(eligibility);
    }

    /** Empty where the sources do not say. */
    public Optional<String> getRequestedBy() {
        return Optional.ofNullable(requestedBy);
    }

    /** Empty where the sources do not say. */
    public Optional<String> getProvides() {
        return Optional.ofNullable(provides);
    }

    public int getPosition() {
        return position;
    }

    public List<ReliefHandler> getHandlers() {
        return handlers;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.RELIEF_TYPE;
    }

    @Override
    protected String shortLabel() {
        return shortName;
    }
}
