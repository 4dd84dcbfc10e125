package org.antitrafficking.directory.records;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.jspecify.annotations.Nullable;

/**
 * The body behind a line and whether it answers the line or pays for it: columns
 * {@code department_id}, {@code component_id} and {@code operator_role} of
 * {@code hotline}, all null where no source names one (then the hotline's operator is
 * null). An agency behind a line names its own department too.
 */
@Embeddable
public class HotlineOperator {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    private @Nullable Agency agency;

    @NotNull
    @Column(name = "operator_role")
    private HotlineOperatorRole role;

    protected HotlineOperator() {
    }

    public HotlineOperator(Department department, @Nullable Agency agency, HotlineOperatorRole role) {
        this.department = department;
        this.agency = agency;
        this.role = role;
    }

    /** An agency behind the line belongs to the department named with it. */
    @AssertTrue(message = "{records.invalid.hotline-operator}")
    public boolean isAgencyOfTheDepartment() {
        return this.agency == null || DirectoryRecord.same(this.agency.getDepartment(), this.department);
    }

    public Department getDepartment() {
        return this.department;
    }

    public @Nullable Agency getAgency() {
        return this.agency;
    }

    public HotlineOperatorRole getRole() {
        return this.role;
    }

}
