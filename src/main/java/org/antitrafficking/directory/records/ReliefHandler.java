package org.antitrafficking.directory.records;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.HandlerRole;
import org.jspecify.annotations.Nullable;

/**
 * An agency that administers, processes, supports or requests a form of relief: a row of
 * {@code relief_type_component} (migrations V7 and V28), part of the form of relief.
 */
@Embeddable
public class ReliefHandler {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    private Agency agency;

    @NotNull
    private HandlerRole role;

    protected ReliefHandler() {
    }

    public ReliefHandler(Agency agency, HandlerRole role) {
        this.agency = agency;
        this.role = role;
    }

    public Agency getAgency() {
        return this.agency;
    }

    public HandlerRole getRole() {
        return this.role;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReliefHandler handler && DirectoryRecord.same(this.agency, handler.agency)
                && this.role == handler.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.agency.getId(), this.role);
    }

}
