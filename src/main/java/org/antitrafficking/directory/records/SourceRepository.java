package org.antitrafficking.directory.records;

/** The sources. */
public interface SourceRepository extends RecordRepository<Source> {

}
