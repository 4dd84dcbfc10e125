package org.antitrafficking.directory.records;

import org.springframework.data.jpa.repository.Query;

/** The hotlines, with their channels. */
public interface HotlineRepository extends RecordRepository<Hotline> {

    /** The last place in the order lists show them, 0 for none. */
    @Query("select coalesce(max(r.position), 0) from Hotline r")
    int lastPosition();

    /** A new record, placed after every other one. */
    default Hotline placedLast() {
        Hotline record = new Hotline();
        record.setPosition(lastPosition() + 1);
        return record;
    }

}
