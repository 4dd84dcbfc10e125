package org.antitrafficking.directory.records;

/** The task forces. */
public interface TaskForceRepository extends RecordRepository<TaskForce> {

}
