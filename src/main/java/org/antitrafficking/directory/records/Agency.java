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
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.jspecify.annotations.Nullable;

/**
 * An agency, office, unit or centre inside one department, perhaps inside another agency
 * of the same department: a row of table {@code component} (migration V3), which the site
 * and its record kinds call an agency.
 */
@Entity
@Table(name = "component")
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "component_source",
        joinColumns = @JoinColumn(name = "component_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Agency extends CitedRecord {

    @NonblankText(max = NonblankText.SHORT)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String acronym;

    @NotNull
    private AgencyKind kind;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Agency parent;

    @ElementCollection
    @CollectionTable(name = "component_function", joinColumns = @JoinColumn(name = "component_id"))
    @Column(name = "function_slug", columnDefinition = "slug")
    private Set<WorkFunction> functions = EnumSet.noneOf(WorkFunction.class);

    @OneToMany(mappedBy = "agency", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid Figure> figures = new ArrayList<>();

    /**
     * The parent is another agency of the same department, as the database's foreign key
     * demands (the database also refuses a longer cycle).
     */
    @AssertTrue(message = "{records.invalid.agency-parent}")
    public boolean isInsideItsOwnDepartment() {
        return this.parent == null || (!same(this.parent, this) && same(this.parent.getDepartment(), this.department));
    }

    public @Nullable String getAcronym() {
        return this.acronym;
    }

    public void setAcronym(@Nullable String acronym) {
        this.acronym = acronym;
    }

    public AgencyKind getKind() {
        return this.kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public Department getDepartment() {
        return this.department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public @Nullable Agency getParent() {
        return this.parent;
    }

    public void setParent(@Nullable Agency parent) {
        this.parent = parent;
    }

    public Set<WorkFunction> getFunctions() {
        return this.functions;
    }

    /** The figures about the agency, in order; a new one names the agency too. */
    public List<Figure> getFigures() {
        return this.figures;
    }

}
