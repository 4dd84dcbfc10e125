package org.antitrafficking.directory.records;

import org.antitrafficking.directory.readmodel.Slugs;

/**
 * Whether a source is a document of its own, a supplement to one, or a web page an editor
 * added: the values of {@code source.kind}.
 */
public enum SourceKind {

    DOCUMENT, SUPPLEMENT, WEB_PAGE;

    /** The value the database stores. */
    public String slug() {
        return Slugs.of(this);
    }

}
