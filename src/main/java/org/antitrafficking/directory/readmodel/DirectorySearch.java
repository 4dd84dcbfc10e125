package org.antitrafficking.directory.readmodel;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Full-text search over every record of one snapshot, held in memory beside it, so a
 * search needs no database and finds what the pages show. The {@code search} room
 * implements it.
 */
public interface DirectorySearch {

    /** How many records can be found. */
    int size();

    /**
     * Records matching every word, best first, matched words marked.
     * @throws SearchBusyException when too many searches are scoring at once
     */
    List<SearchHit> find(List<String> words);

    /**
     * The records of one kind that match every word, as their places in that kind's list;
     * all of them if no word narrows anything.
     * @throws SearchBusyException when too many searches are scoring at once
     */
    BitSet positionsMatching(RecordKind kind, List<String> words);

    /** Whether the directory's names and descriptions use this word. */
    boolean isKnownWord(String word);

    /** The directory's word most like {@code word}, if one is alike enough. */
    Optional<String> closestWord(String word);

}
