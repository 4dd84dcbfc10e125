package org.antitrafficking.directory.records;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.jspecify.annotations.Nullable;

/**
 * A campaign, initiative, training, grant program, report, strategy or the like (table
 * {@code program}, migrations V5 and V42), of a department, of a coordination body, or
 * shared across agencies, with the agencies that run it.
 */
@Entity
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "program_source",
        joinColumns = @JoinColumn(name = "program_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Program extends CitedRecord {

    @NonblankText(max = NonblankText.SHORT)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String acronym;

    @NotNull
    private ProgramKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable TaskForce taskForce;

    /** A plan several departments share, which belongs to no single one. */
    private boolean crossAgency;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Program parent;

    @ElementCollection
    @CollectionTable(name = "program_component", joinColumns = @JoinColumn(name = "program_id"))
    private Set<@Valid ProgramOperator> operators = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "program_function", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "function_slug", columnDefinition = "slug")
    private Set<WorkFunction> functions = EnumSet.noneOf(WorkFunction.class);

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid Figure> figures = new ArrayList<>();

    /**
     * A department's, a coordination body's, or shared across agencies and then no
     * department's, as the database's checks demand.
     */
    @AssertTrue(message = "{records.invalid.program-owner}")
    public boolean isOfSomeoneOrShared() {
        return this.crossAgency ? this.department == null : (this.department != null || this.taskForce != null);
    }

    @AssertTrue(message = "{records.invalid.program-parent}")
    public boolean isNotPartOfItself() {
        return !same(this.parent, this);
    }

    public @Nullable String getAcronym() {
        return this.acronym;
    }

    public void setAcronym(@Nullable String acronym) {
        this.acronym = acronym;
    }

    public ProgramKind getKind() {
        return this.kind;
    }

    public void setKind(ProgramKind kind) {
        this.kind = kind;
    }

    public @Nullable Department getDepartment() {
        return this.department;
    }

    public void setDepartment(@Nullable Department department) {
        this.department = department;
    }

    public @Nullable TaskForce getTaskForce() {
        return this.taskForce;
    }

    public void setTaskForce(@Nullable TaskForce taskForce) {
        this.taskForce = taskForce;
    }

    public boolean isCrossAgency() {
        return this.crossAgency;
    }

    public void setCrossAgency(boolean crossAgency) {
        this.crossAgency = crossAgency;
    }

    public @Nullable Program getParent() {
        return this.parent;
    }

    public void setParent(@Nullable Program parent) {
        this.parent = parent;
    }

    public Set<ProgramOperator> getOperators() {
        return this.operators;
    }

    public Set<WorkFunction> getFunctions() {
        return this.functions;
    }

    /** The figures about the program, in order; a new one names the program too. */
    public List<Figure> getFigures() {
        return this.figures;
    }

}
