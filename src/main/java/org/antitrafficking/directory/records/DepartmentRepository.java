package org.antitrafficking.directory.records;

/** The departments. */
public interface DepartmentRepository extends RecordRepository<Department> {

}
