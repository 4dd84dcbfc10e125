package org.antitrafficking.directory.taskforce;

import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.department.Department;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface TaskForceRepository extends Repository<TaskForce, Long> {

    List<TaskForce> findAllByOrderByName();

    Optional<TaskForce> findBySlug(String slug);

    /** Task forces the department takes part in, itself or through any of its components. */
    @Query("""
            select distinct t from TaskForce t join t.members m left join m.agency a
            where m.department = :department or a.department = :department order by t.name""")
    List<TaskForce> findWithParticipant(@Param("department") Department department);

    @Query("select distinct t from TaskForce t join t.members m where m.agency = :agency order by t.name")
    List<TaskForce> findWithMember(@Param("agency") Agency agency);

    long count();
}
