package org.antitrafficking.directory.records;

/** The hotlines, with their channels. */
public interface HotlineRepository extends RecordRepository<Hotline> {

}
