package org.antitrafficking.directory.records;

/** The forms of immigration relief. */
public interface ReliefTypeRepository extends RecordRepository<ReliefType> {

}
