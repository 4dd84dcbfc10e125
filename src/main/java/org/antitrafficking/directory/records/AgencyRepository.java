package org.antitrafficking.directory.records;

/** The agencies (table component). */
public interface AgencyRepository extends RecordRepository<Agency> {

}
