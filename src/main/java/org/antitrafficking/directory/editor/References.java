package org.antitrafficking.directory.editor;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.antitrafficking.directory.records.Agency;
import org.antitrafficking.directory.records.AgencyRepository;
import org.antitrafficking.directory.records.Department;
import org.antitrafficking.directory.records.DepartmentRepository;
import org.antitrafficking.directory.records.Program;
import org.antitrafficking.directory.records.ProgramRepository;
import org.antitrafficking.directory.records.Source;
import org.antitrafficking.directory.records.SourceRepository;
import org.antitrafficking.directory.records.TaskForce;
import org.antitrafficking.directory.records.TaskForceRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The records a field can point at, found by slug in the editor's transaction; a slug
 * that names none is the editor's mistake, said beside the field.
 */
@Component
class References {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final DepartmentRepository departments;

    private final AgencyRepository agencies;

    private final ProgramRepository programs;

    private final TaskForceRepository taskForces;

    private final SourceRepository sources;

    References(DepartmentRepository departments, AgencyRepository agencies, ProgramRepository programs,
            TaskForceRepository taskForces, SourceRepository sources) {
        this.departments = departments;
        this.agencies = agencies;
        this.programs = programs;
        this.taskForces = taskForces;
        this.sources = sources;
    }

    Department department(String slug) {
        return found(departments::findBySlug, slug);
    }

    Agency agency(String slug) {
        return found(agencies::findBySlug, slug);
    }

    Program program(String slug) {
        return found(programs::findBySlug, slug);
    }

    TaskForce taskForce(String slug) {
        return found(taskForces::findBySlug, slug);
    }

    Source source(String slug) {
        return found(sources::findBySlug, slug);
    }

    /** Whether the text could be a slug at all; anything else is not looked up. */
    static boolean isSlug(@Nullable String text) {
        return text != null && text.length() <= 100 && SLUG.matcher(text).matches();
    }

    private static <T> T found(Function<String, Optional<T>> finder, String slug) {
        Optional<T> record = isSlug(slug) ? finder.apply(slug) : Optional.empty();
        return record.orElseThrow(() -> new FieldProblem("editor.problem.no-such-record", Texts.printable(slug)));
    }

}
