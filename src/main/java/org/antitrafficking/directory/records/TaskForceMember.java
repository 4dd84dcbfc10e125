package org.antitrafficking.directory.records;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.MemberRole;
import org.jspecify.annotations.Nullable;

/**
 * A department or an agency that leads, belongs to or supports a task force (table
 * {@code task_force_member}, migrations V4 and V34), part of the task force.
 */
@Entity
public class TaskForceMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    private TaskForce taskForce;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    private @Nullable Agency agency;

    @NotNull
    private MemberRole role;

    public @Nullable Long getId() {
        return this.id;
    }

    /** A department or an agency, not both, as the database's CHECK demands. */
    @AssertTrue(message = "{records.invalid.member}")
    public boolean isOneBody() {
        return (this.department == null) != (this.agency == null);
    }

    public TaskForce getTaskForce() {
        return this.taskForce;
    }

    public void setTaskForce(TaskForce taskForce) {
        this.taskForce = taskForce;
    }

    public @Nullable Department getDepartment() {
        return this.department;
    }

    public void setDepartment(@Nullable Department department) {
        this.department = department;
    }

    public @Nullable Agency getAgency() {
        return this.agency;
    }

    public void setAgency(@Nullable Agency agency) {
        this.agency = agency;
    }

    public MemberRole getRole() {
        return this.role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

}
