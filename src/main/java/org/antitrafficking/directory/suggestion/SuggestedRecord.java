package org.antitrafficking.directory.suggestion;

import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.readmodel.RecordLink;

/** A record a visitor may suggest a correction to, with the facts its page shows. */
record SuggestedRecord(RecordLink link, List<Field> fields) {

    SuggestedRecord {
        fields = List.copyOf(fields);
    }

    /** The field of that name, if the record has one. */
    Optional<Field> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

}
