package org.antitrafficking.directory.taskforce;

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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.antitrafficking.directory.function.Function;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.Figure;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.web.RecordKind;
import org.hibernate.annotations.Immutable;

/** A task force, a network of task forces, or an interagency coordination body. */
@Entity
@Immutable
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "task_force_source",
        joinColumns = @JoinColumn(name = "task_force_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class TaskForce extends CitedRecord {

    public enum Kind {
        TASK_FORCE, TASK_FORCE_NETWORK, COORDINATION_BODY, CENTER, TEAM;

        public static class Converter extends SlugEnumConverter<Kind> {
            public Converter() {
                super(Kind.class);
            }
        }
    }

    public enum Scope {
        LOCAL, NATIONAL, INTERNATIONAL;

        public static class Converter extends SlugEnumConverter<Scope> {
            public Converter() {
                super(Scope.class);
            }
        }
    }

    private String acronym;

    @Convert(converter = Kind.Converter.class)
    private Kind kind;

    private String otherParticipants;

    @ElementCollection
    @CollectionTable(name = "task_force_scope", joinColumns = @JoinColumn(name = "task_force_id"))
    @Column(name = "scope")
    @Convert(converter = Scope.Converter.class)
    private Set<Scope> scopes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "task_force_member", joinColumns = @JoinColumn(name = "task_force_id"))
    private List<TaskForceMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_force_function", joinColumns = @JoinColumn(name = "task_force_id"))
    @Column(name = "function_slug")
    @Convert(converter = Function.Converter.class)
    private Set<Function> functions = new LinkedHashSet<>();

    @OneToMany
    @JoinColumn(name = "task_force_id")
    @OrderBy("position")
    private Set<Figure> figures = new LinkedHashSet<>();

    protected TaskForce() {
    }

    public Optional<String> getAcronym() {
        return Optional.ofNullable(acronym);
    }

    public Kind getKind() {
        return kind;
    }

    public Optional<String> getOtherParticipants() {
        return Optional.ofNullable(otherParticipants);
    }

    public Set<Scope> getScopes() {
        return scopes;
    }

    public List<TaskForceMember> getMembers() {
        return members;
    }

    public Set<Function> getFunctions() {
        return functions;
    }

    public Set<Figure> getFigures() {
        return figures;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.TASK_FORCE;
    }

    @Override
    protected String shortLabel() {
        return acronym;
    }
}
