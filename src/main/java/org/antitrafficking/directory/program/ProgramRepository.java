package org.antitrafficking.directory.program;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ProgramRepository extends Repository<Program, Long> {

    Optional<Program> findBySlug(String slug);

    long count();
}
