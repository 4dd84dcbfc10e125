package org.antitrafficking.directory.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.Figure;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.taskforce.TaskForce;
import org.antitrafficking.directory.web.RecordKind;
import org.hibernate.annotations.Immutable;

/** A campaign, initiative, training, grant program, report, strategy or the like. */
@Entity
@Immutable
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "program_source",
        joinColumns = @JoinColumn(name = "program_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Program extends CitedRecord {

    public enum Kind {
        CAMPAIGN, INITIATIVE, TRAINING, INVESTIGATIVE_INITIATIVE, GRANT_PROGRAM, RESEARCH, VICTIM_SERVICES,
        ENFORCEMENT, REPORT, STRATEGY, GOAL, RESOURCE;

        public static class Converter extends SlugEnumConverter<Kind> {
            public Converter() {
                super(Kind.class);
            }
        }
    }

    private String acronym;

    @Convert(converter = Kind.Converter.class)
    private Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    private TaskForce taskForce;

    @ManyToOne(fetch = FetchType.LAZY)
    private Program parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("name")
    private Set<Program> parts = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "program_component", joinColumns = @JoinColumn(name = "program_id"))
    private List<ProgramOperator> operators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "program_function", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "function_slug")
    @Convert(converter = Function.Converter.class)
    private Set<Function> functions = new LinkedHashSet<>();

    @OneToMany
    @JoinColumn(name = "program_id")
    @OrderBy("position")
    private Set<Figure> figures = new LinkedHashSet<>();

    protected Program() {
    }

    public Optional<String> getAcronym() {
        return Optional.ofNullable(acronym);
    }

    public Kind getKind() {
        return kind;
    }

    public Optional<Department> getDepartment() {
        return Optional.ofNullable(department);
    }

    public Optional<TaskForce> getTaskForce() {
        return Optional.ofNullable(taskForce);
    }

    public Optional<Program> getParent() {
        return Optional.ofNullable(parent);
    }

    public Set<Program> getParts() {
        return parts;
    }

    public List<ProgramOperator> getOperators() {
        return operators;
    }

    public Set<Function> getFunctions() {
        return functions;
    }

    public Set<Figure> getFigures() {
        return figures;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.PROGRAM;
    }

    @Override
    protected String shortLabel() {
        return acronym;
    }
}
