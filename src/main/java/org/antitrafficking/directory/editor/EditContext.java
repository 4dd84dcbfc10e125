package org.antitrafficking.directory.editor;

import java.util.Map;

import org.antitrafficking.directory.records.Agency;
import org.antitrafficking.directory.records.Department;
import org.antitrafficking.directory.records.Program;
import org.antitrafficking.directory.records.Source;
import org.antitrafficking.directory.records.TaskForce;
import org.jspecify.annotations.Nullable;

/**
 * What a field's writer may need beyond the text: the records a slug names, and the
 * source the editor cites for the edit (a hotline's law enforcement answer is cited to
 * it), and the values given for the edit's other fields.
 */
record EditContext(References references, Source source, Map<String, @Nullable String> values) {

    /** The value the editor gave for another field of the same edit, if they gave one. */
    @Nullable String submitted(String field) {
        return values.get(field);
    }

    Department department(String slug) {
        return references.department(slug);
    }

    Agency agency(String slug) {
        return references.agency(slug);
    }

    Program program(String slug) {
        return references.program(slug);
    }

    TaskForce taskForce(String slug) {
        return references.taskForce(slug);
    }

    Source cited(String slug) {
        return references.source(slug);
    }

}
