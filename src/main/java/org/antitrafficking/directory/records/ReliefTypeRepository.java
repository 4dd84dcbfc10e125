package org.antitrafficking.directory.records;

import org.springframework.data.jpa.repository.Query;

/** The forms of immigration relief. */
public interface ReliefTypeRepository extends RecordRepository<ReliefType> {

    /** The last place in the order lists show them, 0 for none. */
    @Query("select coalesce(max(r.position), 0) from ReliefType r")
    int lastPosition();

    /** A new record, placed after every other one. */
    default ReliefType placedLast() {
        ReliefType record = new ReliefType();
        record.setPosition(lastPosition() + 1);
        return record;
    }

}
