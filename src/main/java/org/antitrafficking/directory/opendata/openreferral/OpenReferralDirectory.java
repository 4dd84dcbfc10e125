package org.antitrafficking.directory.opendata.openreferral;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The current snapshot as Open Referral records, mapped once per data version and shared
 * by the export and the API: the API's filters and pages would otherwise map the whole
 * directory per request.
 */
@Service
class OpenReferralDirectory {

    private record Mapped(DirectorySnapshot snapshot, OpenReferralData data) {
    }

    private final ReadModel directory;

    private final MessageSource messages;

    private volatile Mapped current;

    OpenReferralDirectory(ReadModel directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** The records of the snapshot the read model holds now. */
    OpenReferralData current() {
        DirectorySnapshot snapshot = directory.snapshot();
        Mapped mapped = current;
        if (mapped == null || mapped.snapshot() != snapshot) {
            mapped = new Mapped(snapshot, OpenReferralMapping.map(snapshot, messages));
            current = mapped;
        }
        return mapped.data();
    }

}
