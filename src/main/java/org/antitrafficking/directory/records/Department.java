package org.antitrafficking.directory.records;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.DepartmentKind;
import org.jspecify.annotations.Nullable;

/**
 * An executive department or another federal body the sources name at that level (table
 * {@code department}, migration V3).
 */
@Entity
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "department_source",
        joinColumns = @JoinColumn(name = "department_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Department extends CitedRecord {

    @NonblankText(max = NonblankText.SHORT)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String acronym;

    @NotNull
    private DepartmentKind kind;

    @OneToMany(mappedBy = "department", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid Figure> figures = new ArrayList<>();

    public @Nullable String getAcronym() {
        return this.acronym;
    }

    public void setAcronym(@Nullable String acronym) {
        this.acronym = acronym;
    }

    public DepartmentKind getKind() {
        return this.kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

    /** The figures about the department, in order; a new one names the department too. */
    public List<Figure> getFigures() {
        return this.figures;
    }

}
