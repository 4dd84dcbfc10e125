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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.TaskForceScope;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.jspecify.annotations.Nullable;

/**
 * A task force, a network of them, or an interagency coordination body (table
 * {@code task_force}, migrations V4 and V31), with where it works and who takes part.
 */
@Entity
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "task_force_source",
        joinColumns = @JoinColumn(name = "task_force_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class TaskForce extends CitedRecord {

    @NonblankText(max = NonblankText.SHORT)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String acronym;

    @NotNull
    private TaskForceKind kind;

    /** Who else takes part, beyond the federal bodies linked as members. */
    @NonblankText(max = NonblankText.PROSE)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String otherParticipants;

    @ElementCollection
    @CollectionTable(name = "task_force_scope", joinColumns = @JoinColumn(name = "task_force_id"))
    @Column(name = "scope")
    private Set<TaskForceScope> scopes = EnumSet.noneOf(TaskForceScope.class);

    @OneToMany(mappedBy = "taskForce", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<@Valid TaskForceMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_force_function", joinColumns = @JoinColumn(name = "task_force_id"))
    @Column(name = "function_slug", columnDefinition = "slug")
    private Set<WorkFunction> functions = EnumSet.noneOf(WorkFunction.class);

    @OneToMany(mappedBy = "taskForce", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid Figure> figures = new ArrayList<>();

    public @Nullable String getAcronym() {
        return this.acronym;
    }

    public void setAcronym(@Nullable String acronym) {
        this.acronym = acronym;
    }

    public TaskForceKind getKind() {
        return this.kind;
    }

    public void setKind(TaskForceKind kind) {
        this.kind = kind;
    }

    public @Nullable String getOtherParticipants() {
        return this.otherParticipants;
    }

    public void setOtherParticipants(@Nullable String otherParticipants) {
        this.otherParticipants = otherParticipants;
    }

    public Set<TaskForceScope> getScopes() {
        return this.scopes;
    }

    /** The members; a new one names the task force too. */
    public List<TaskForceMember> getMembers() {
        return this.members;
    }

    public Set<WorkFunction> getFunctions() {
        return this.functions;
    }

    /** The figures about the task force, in order; a new one names the task force too. */
    public List<Figure> getFigures() {
        return this.figures;
    }

}
