package org.antitrafficking.directory.readmodel;

/** Published when a new snapshot has replaced the one of an older data version. */
public record ReadModelRefreshed(DataVersion previous, DataVersion current) {
}
