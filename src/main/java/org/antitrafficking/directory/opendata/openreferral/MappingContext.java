package org.antitrafficking.directory.opendata.openreferral;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.WorkFunction;

import org.springframework.context.MessageSource;

import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.termId;
import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.uuid;

/**
 * What every part of the mapping shares: the rows it adds to, the site's texts, and the
 * data version, whose time is every record's last change.
 */
final class MappingContext {

    private final MessageSource messages;

    private final OpenReferralRows rows;

    private final String lastModified;

    private final String lastChangeDate;

    MappingContext(DataVersion version, MessageSource messages) {
        this.messages = messages;
        this.rows = new OpenReferralRows(version);
        this.lastModified = version.changedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        this.lastChangeDate = LocalDate.ofInstant(version.changedAt(), ZoneOffset.UTC).toString();
    }

    OpenReferralRows rows() {
        return rows;
    }

    /** The data version's time, to the second, as a service's last modification. */
    String lastModified() {
        return lastModified;
    }

    /** An attribute of the record for each of its functions. */
    void tag(String id, String entity, List<WorkFunction> functions) {
        for (WorkFunction function : functions) {
            String termId = termId(function);
            rows.attributes
                .add(new Hsds.Attribute(uuid("attribute", id + "/" + termId), id, termId, "function", entity, null));
        }
    }

    /** The record's last change: the move to the current data version. */
    void changed(String id, String type) {
        long version = rows.version.number();
        rows.metadata.add(new Hsds.Metadata(uuid("metadata", id), id, type, lastChangeDate, "update", "data_version",
                Long.toString(version - 1), Long.toString(version), text("site.name")));
    }

    /** A text of the site, in its language. */
    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

}
