package org.antitrafficking.directory.readmodel;

import java.util.Collection;
import java.util.List;

/**
 * How many records carry each combination of the four functions, so that "how many do any
 * of these functions" is a sum over sixteen combinations rather than a pass over every
 * record. The programs list asks it on every request for the agencies and task forces of
 * the functions chosen.
 */
public final class FunctionTally {

    private static final int COMBINATIONS = 1 << WorkFunction.values().length;

    private final int[] byCombination;

    private final int total;

    private FunctionTally(int[] byCombination, int total) {
        this.byCombination = byCombination;
        this.total = total;
    }

    /** The tally of each record's functions. */
    public static FunctionTally of(List<? extends Collection<WorkFunction>> functionsOfEachRecord) {
        int[] counts = new int[COMBINATIONS];
        for (Collection<WorkFunction> functions : functionsOfEachRecord) {
            counts[combination(functions)]++;
        }
        return new FunctionTally(counts, functionsOfEachRecord.size());
    }

    /**
     * How many records carry at least one of the functions; every record when none is
     * given.
     */
    public int matching(Collection<WorkFunction> chosen) {
        if (chosen.isEmpty()) {
            return total;
        }
        int wanted = combination(chosen);
        int count = 0;
        for (int combination = 1; combination < COMBINATIONS; combination++) {
            if ((combination & wanted) != 0) {
                count += byCombination[combination];
            }
        }
        return count;
    }

    private static int combination(Collection<WorkFunction> functions) {
        int bits = 0;
        for (WorkFunction function : functions) {
            bits |= 1 << function.ordinal();
        }
        return bits;
    }

}
