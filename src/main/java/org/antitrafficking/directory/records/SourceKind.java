package org.antitrafficking.directory.records;

import org.antitrafficking.directory.readmodel.Slugs;

/**
 * Whether a source is a document of its own or a supplement to one: the values of
 * {@code source.kind}.
 */
public enum SourceKind {

    DOCUMENT, SUPPLEMENT;

    /** The value the database stores. */
    public String slug() {
        return Slugs.of(this);
    }

}
