package org.antitrafficking.directory.program;

import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.taskforce.TaskForce;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface ProgramRepository extends Repository<Program, Long>, JpaSpecificationExecutor<Program> {

    Optional<Program> findBySlug(String slug);

    List<Program> findAllByOrderByName();

    List<Program> findByDepartmentOrderByName(Department department);

    List<Program> findByTaskForceOrderByName(TaskForce taskForce);

    @Query("select distinct p from Program p join p.operators o where o.agency = :agency order by p.name")
    List<Program> findRunBy(@Param("agency") Agency agency);

    long countByDepartment(Department department);

    long count();
}
