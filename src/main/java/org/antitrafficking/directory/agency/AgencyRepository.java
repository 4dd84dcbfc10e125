package org.antitrafficking.directory.agency;

import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.department.Department;
import org.springframework.data.repository.Repository;

public interface AgencyRepository extends Repository<Agency, Long> {

    Optional<Agency> findBySlug(String slug);

    List<Agency> findByDepartmentAndParentIsNullOrderByName(Department department);

    List<Agency> findAllByOrderByName();

    long countByDepartment(Department department);

    long count();
}
