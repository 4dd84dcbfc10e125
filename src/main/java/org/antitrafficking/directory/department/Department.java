package org.antitrafficking.directory.department;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.Figure;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.web.RecordKind;
import org.hibernate.annotations.Immutable;

/** An executive department, or another federal body the sources name at that level. */
@Entity
@Immutable
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "department_source",
        joinColumns = @JoinColumn(name = "department_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Department extends CitedRecord {

    public enum Kind {
        EXECUTIVE_DEPARTMENT, EXECUTIVE_OFFICE, INDEPENDENT_AGENCY;

        public static class Converter extends SlugEnumConverter<Kind> {
            public Converter() {
                super(Kind.class);
            }
        }
    }

    private String acronym;

    @Convert(converter = Kind.Converter.class)
    private Kind kind;

    @OneToMany
    @JoinColumn(name = "department_id")
    @OrderBy("position")
    private Set<Figure> figures = new LinkedHashSet<>();

    protected Department() {
    }

    public Optional<String> getAcronym() {
        return Optional.ofNullable(acronym);
    }

    public Kind getKind() {
        return kind;
    }

    public Set<Figure> getFigures() {
        return figures;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.DEPARTMENT;
    }

    @Override
    protected String shortLabel() {
        return acronym;
    }
}
