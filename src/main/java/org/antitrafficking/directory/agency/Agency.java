package org.antitrafficking.directory.agency;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.Figure;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.web.RecordKind;
import org.hibernate.annotations.Immutable;

/**
 * A component of a department: an agency, office, unit or centre, possibly inside another one. The
 * database calls it a component; the site calls it an agency, as its visitors do.
 */
@Entity
@Immutable
@Table(name = "component")
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "component_source",
        joinColumns = @JoinColumn(name = "component_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Agency extends CitedRecord {

    public enum Kind {
        AGENCY, BUREAU, OFFICE, DIVISION, DIRECTORATE, SECTION, UNIT, CENTER, PROGRAM_OFFICE, MILITARY_SERVICE;

        public static class Converter extends SlugEnumConverter<Kind> {
            public Converter() {
                super(Kind.class);
            }
        }
    }

    private String acronym;

    @Convert(converter = Kind.Converter.class)
    private Kind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    private Agency parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("name")
    private Set<Agency> children = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "component_function", joinColumns = @JoinColumn(name = "component_id"))
    @Column(name = "function_slug")
    @Convert(converter = Function.Converter.class)
    private Set<Function> functions = new LinkedHashSet<>();

    @OneToMany
    @JoinColumn(name = "component_id")
    @OrderBy("position")
    private Set<Figure> figures = new LinkedHashSet<>();

    protected Agency() {
    }

    public Optional<String> getAcronym() {
        return Optional.ofNullable(acronym);
    }

    public Kind getKind() {
        return kind;
    }

    public Department getDepartment() {
        return department;
    }

    public Optional<Agency> getParent() {
        return Optional.ofNullable(parent);
    }

    public Set<Agency> getChildren() {
        return children;
    }

    public Set<Function> getFunctions() {
        return functions;
    }

    public Set<Figure> getFigures() {
        return figures;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.AGENCY;
    }

    @Override
    protected String shortLabel() {
        return acronym;
    }
}
