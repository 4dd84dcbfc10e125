package org.antitrafficking.directory.records;

import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * A figure a source gives ("nearly 100") about exactly one department, agency, program or
 * task force, with the one source that states it (table {@code figure}, migration V9).
 * Part of the record it is about: saved and removed with it.
 */
@Entity
public class Figure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    private @Nullable Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Program program;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable TaskForce taskForce;

    /** Exactly as the source writes it. */
    @NotNull
    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private String value;

    /** What is counted, in the directory's words. */
    @NotNull
    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private String label;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    private Source source;

    @Positive
    private int position;

    public @Nullable Long getId() {
        return this.id;
    }

    /** The record the figure is about: one, as the database's CHECK demands. */
    @AssertTrue(message = "{records.invalid.figure-owner}")
    public boolean isAboutOneRecord() {
        return Stream.of(this.department, this.agency, this.program, this.taskForce)
            .filter(owner -> owner != null)
            .count() == 1;
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

    public @Nullable Program getProgram() {
        return this.program;
    }

    public void setProgram(@Nullable Program program) {
        this.program = program;
    }

    public @Nullable TaskForce getTaskForce() {
        return this.taskForce;
    }

    public void setTaskForce(@Nullable TaskForce taskForce) {
        this.taskForce = taskForce;
    }

    public String getValue() {
        return this.value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getLabel() {
        return this.label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Source getSource() {
        return this.source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public int getPosition() {
        return this.position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

}
