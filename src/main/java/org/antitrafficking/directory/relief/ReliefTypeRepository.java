package org.antitrafficking.directory.relief;

import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.department.Department;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface ReliefTypeRepository extends Repository<ReliefType, Long> {

    List<ReliefType> findAllByOrderByPosition();

    Optional<ReliefType> findBySlug(String slug);

    List<ReliefType> findByDepartmentOrderByPosition(Department department);

    @Query("select distinct r from ReliefType r join r.handlers h where h.agency = :agency order by r.position")
    List<ReliefType> findHandledBy(@Param("agency") Agency agency);

    long count();
}
