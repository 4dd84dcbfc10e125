package org.antitrafficking.directory.records;

/** The programs. */
public interface ProgramRepository extends RecordRepository<Program> {

}
