package org.antitrafficking.directory.department;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface DepartmentRepository extends Repository<Department, Long> {

    List<Department> findAllByOrderByName();

    Optional<Department> findBySlug(String slug);

    long count();
}
