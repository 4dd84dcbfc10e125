package org.antitrafficking.directory.readmodel;

/**
 * The directory as the site shows it: the current {@link DirectorySnapshot}. Requests
 * read the snapshot without touching the database, so pages keep answering while it is
 * away; the {@code refresh} room builds a new one whenever the data version moves.
 */
public interface ReadModel {

    /** The directory as of the latest data version this instance has read. */
    DirectorySnapshot snapshot();

}
