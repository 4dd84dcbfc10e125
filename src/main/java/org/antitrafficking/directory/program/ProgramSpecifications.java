package org.antitrafficking.directory.program;

import java.util.Collection;

import org.antitrafficking.directory.function.Function;
import org.springframework.data.jpa.domain.Specification;

/** The criteria behind the filters of the programs page. */
final class ProgramSpecifications {

    private ProgramSpecifications() {
    }

    static Specification<Program> taggedWithAnyOf(Collection<Function> functions) {
        return (program, query, criteria) -> {
            query.distinct(true);
            return program.join("functions").in(functions);
        };
    }

    static Specification<Program> inDepartment(String departmentSlug) {
        return (program, query, criteria) -> criteria.equal(program.get("department").get("slug"), departmentSlug);
    }

    static Specification<Program> ofKind(Program.Kind kind) {
        return (program, query, criteria) -> criteria.equal(program.get("kind"), kind);
    }

    static Specification<Program> withIdIn(Collection<Long> ids) {
        return (program, query, criteria) -> ids.isEmpty() ? criteria.disjunction() : program.get("id").in(ids);
    }
}
