package org.antitrafficking.directory.taskforce;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface TaskForceRepository extends Repository<TaskForce, Long> {

    List<TaskForce> findAllByOrderByName();

    Optional<TaskForce> findBySlug(String slug);

    long count();
}
