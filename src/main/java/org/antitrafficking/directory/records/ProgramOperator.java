package org.antitrafficking.directory.records;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.jspecify.annotations.Nullable;

/**
 * An agency that runs, supports or delivers a program: a row of {@code program_component}
 * (migration V5), part of the program.
 */
@Embeddable
public class ProgramOperator {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    private Agency agency;

    @NotNull
    private OperatorRole role;

    protected ProgramOperator() {
    }

    public ProgramOperator(Agency agency, OperatorRole role) {
        this.agency = agency;
        this.role = role;
    }

    public Agency getAgency() {
        return this.agency;
    }

    public OperatorRole getRole() {
        return this.role;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ProgramOperator operator && DirectoryRecord.same(this.agency, operator.agency)
                && this.role == operator.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.agency.getId(), this.role);
    }

}
