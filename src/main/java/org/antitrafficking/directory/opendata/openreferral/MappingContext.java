package org.antitrafficking.directory.opendata.openreferral;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.RecordHistories;
import org.antitrafficking.directory.readmodel.RecordHistory;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.termId;
import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.uuid;

/**
 * What every part of the mapping shares: the rows it adds to, the site's texts, and the
 * records' history. A record an editor changed has a metadata row for each change and its
 * last change as its last modification; a record nobody has changed has one row for the
 * move to the current data version, whose time is then its last modification.
 */
final class MappingContext {

    private final MessageSource messages;

    private final OpenReferralRows rows;

    private final String lastModified;

    private final String lastChangeDate;

    private final RecordHistories histories;

    MappingContext(DataVersion version, RecordHistories histories, MessageSource messages) {
        this.messages = messages;
        this.histories = histories;
        this.rows = new OpenReferralRows(version);
        this.lastModified = version.changedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        this.lastChangeDate = LocalDate.ofInstant(version.changedAt(), ZoneOffset.UTC).toString();
    }

    OpenReferralRows rows() {
        return rows;
    }

    /**
     * The record's last change, to the second; the data version's time for a record no
     * editor has changed.
     */
    String lastModified(RecordLink record) {
        List<RecordHistory.Change> changes = histories.of(record).changes();
        return changes.isEmpty() ? lastModified : changes.get(0).madeAt().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The day a person last checked the record, or null if nobody has. */
    @Nullable String assuredDate(RecordLink record) {
        RecordHistory.Check check = histories.of(record).lastCheck();
        return (check == null) ? null : check.checkedOn().toString();
    }

    /** An attribute of the record for each of its functions. */
    void tag(String id, String entity, List<WorkFunction> functions) {
        for (WorkFunction function : functions) {
            String termId = termId(function);
            rows.attributes
                .add(new Hsds.Attribute(uuid("attribute", id + "/" + termId), id, termId, "function", entity, null));
        }
    }

    /**
     * The record's changes, one row for each changed field, newest first; for a record no
     * editor has changed, the move to the current data version.
     */
    void changed(String id, String type, RecordLink record) {
        List<RecordHistory.Change> changes = histories.of(record).changes();
        if (changes.isEmpty()) {
            long version = rows.version.number();
            rows.metadata.add(new Hsds.Metadata(uuid("metadata", id), id, type, lastChangeDate, "update",
                    "data_version", Long.toString(version - 1), Long.toString(version), text("site.name")));
        }
        for (RecordHistory.Change change : changes) {
            rows.metadata.add(new Hsds.Metadata(uuid("metadata", id + "/" + change.edit() + "/" + change.field()), id,
                    type, change.madeOn().toString(), "update", change.field(), valueOf(change.before()),
                    valueOf(change.after()), text("changes.feed.author")));
        }
    }

    /** HSDS requires a value: an absent one is an empty string. */
    private static String valueOf(@Nullable String value) {
        return (value == null) ? "" : value;
    }

    /** A text of the site, in its language. */
    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

}
