package org.antitrafficking.directory.readmodel.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;

/**
 * The records as the index shows them in results, numbered in the order they were added
 * (records of a kind together, in the order of their list), and their order by name, to
 * order equally good matches by name.
 */
final class Entries {

    private final Entry[] entries;

    /** Each record's place in name order, and the reverse. */
    private final int[] nameRanks;

    private final int[] docsByNameRank;

    /** For each kind, the first record's number and the number after its last. */
    private final Map<RecordKind, int[]> ranges;

    /**
     * Takes the records, at most {@link TopHits#NAME_RANK_MASK} of them: a hit's ranking
     * key has room for no more places in name order.
     */
    Entries(Entry[] entries, Map<RecordKind, int[]> ranges) {
        if (entries.length > TopHits.NAME_RANK_MASK) {
            throw new IllegalArgumentException("At most " + TopHits.NAME_RANK_MASK + " records can be searched");
        }
        this.entries = entries;
        this.ranges = ranges;
        Integer[] byName = new Integer[entries.length];
        Arrays.setAll(byName, doc -> doc);
        Arrays.sort(byName, Comparator.comparing(doc -> entries[doc].name()));
        this.nameRanks = new int[entries.length];
        this.docsByNameRank = new int[entries.length];
        for (int rank = 0; rank < byName.length; rank++) {
            nameRanks[byName[rank]] = rank;
            docsByNameRank[rank] = byName[rank];
        }
    }

    private Entries(Entry[] entries, Map<RecordKind, int[]> ranges, int[] nameRanks, int[] docsByNameRank) {
        this.entries = entries;
        this.ranges = ranges;
        this.nameRanks = nameRanks;
        this.docsByNameRank = docsByNameRank;
    }

    /**
     * The same records with some replaced by records of the same link and name, so in the
     * same order by name.
     */
    Entries replacing(Map<Integer, Entry> replaced) {
        Entry[] changed = entries.clone();
        replaced.forEach((doc, entry) -> {
            if (!entry.link().equals(entries[doc].link()) || !entry.name().equals(entries[doc].name())) {
                throw new IllegalArgumentException("Record " + doc + " cannot become " + entry.link());
            }
            changed[doc] = entry;
        });
        return new Entries(changed, ranges, nameRanks, docsByNameRank);
    }

    /** The number of the record with this link, or -1. */
    int docOf(RecordLink link) {
        int[] range = ranges.get(link.kind());
        if (range != null) {
            for (int doc = range[0]; doc < range[1]; doc++) {
                if (entries[doc].link().equals(link)) {
                    return doc;
                }
            }
        }
        return -1;
    }

    int size() {
        return entries.length;
    }

    /**
     * The first record of the kind and the number after its last, or null if there are
     * none.
     */
    int[] range(RecordKind kind) {
        return ranges.get(kind);
    }

    /** The record with this number. */
    Entry entry(int doc) {
        return entries[doc];
    }

    /** The record's place in name order. */
    int nameRank(int doc) {
        return nameRanks[doc];
    }

    /** The record at this place in name order. */
    Entry byNameRank(int rank) {
        return entries[docsByNameRank[rank]];
    }

    /** A record as the index shows it in results. */
    record Entry(RecordLink link, String name, String body) {
    }

}
