package org.antitrafficking.directory.hotline;

import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.department.Department;
import org.springframework.data.repository.Repository;

public interface HotlineRepository extends Repository<Hotline, Long> {

    List<Hotline> findAllByOrderByPosition();

    Optional<Hotline> findBySlug(String slug);

    List<Hotline> findByDepartmentOrderByPosition(Department department);

    List<Hotline> findByAgencyOrderByPosition(Agency agency);

    long count();
}
