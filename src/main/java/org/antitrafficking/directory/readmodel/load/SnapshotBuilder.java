package org.antitrafficking.directory.readmodel.load;

import org.antitrafficking.directory.readmodel.DirectoryCounts;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.load.SnapshotPatcher.Built;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The face of the loading room: reads every table in one transaction and assembles the
 * rows into a {@link DirectorySnapshot}, logging how long each half took; or, when only a
 * few programs' texts changed since the snapshot it built last, reads those and builds
 * the new snapshot from the last one ({@link SnapshotPatcher}).
 */
@Component
public class SnapshotBuilder {

    private static final Logger log = LoggerFactory.getLogger(SnapshotBuilder.class);

    /**
     * At most this many programs changed at once are patched into the last snapshot; more
     * are assembled afresh.
     */
    static final int MAX_PATCHED_PROGRAMS = 64;

    private final SnapshotLoader loader;

    /** The snapshot built last, with what the next one may be built from. */
    private volatile @Nullable Built last;

    SnapshotBuilder(SnapshotLoader loader) {
        this.loader = loader;
    }

    /** A snapshot of the directory as the database holds it now. */
    public DirectorySnapshot build() {
        long start = System.nanoTime();
        SnapshotLoader.Loaded loaded = loader.load();
        long read = System.nanoTime();
        Built built = SnapshotAssembler.assemble(loaded.rows(), loaded.horizon());
        long done = System.nanoTime();
        last = built;
        DirectorySnapshot snapshot = built.snapshot();
        DirectoryCounts counts = snapshot.counts();
        log.info("Read model of data version {} built in {} ms ({} ms reading, {} ms assembling): {} departments, "
                + "{} agencies, {} programs, {} task forces, {} hotlines, {} forms of relief, {} sources, {} searchable records",
                snapshot.version(), (done - start) / 1_000_000, (read - start) / 1_000_000, (done - read) / 1_000_000,
                counts.departments(), counts.agencies(), counts.programs(), counts.taskForces(), counts.hotlines(),
                counts.reliefTypes(), counts.sources(), snapshot.search().size());
        return snapshot;
    }

    /**
     * A snapshot of the directory as the database holds it now, built from
     * {@code previous} when only a few programs' texts changed since and {@code previous}
     * is the snapshot built last; otherwise in full.
     */
    public DirectorySnapshot update(DirectorySnapshot previous) {
        DirectorySnapshot patched = patch(previous);
        return (patched != null) ? patched : build();
    }

    /** The new snapshot built from {@code previous}, or null if it cannot be. */
    @Nullable DirectorySnapshot patch(DirectorySnapshot previous) {
        Built from = last;
        if (from == null || from.snapshot() != previous) {
            return null;
        }
        long start = System.nanoTime();
        ChangedRows changes;
        try {
            changes = loader.changesSince(from.horizon(), MAX_PATCHED_PROGRAMS);
        }
        catch (RuntimeException ex) {
            // A full build says whether the database is away; a query that no longer
            // fits the schema must not stop every later build.
            log.warn("Cannot read what changed since data version {}: {}; building the read model in full",
                    previous.version(), ex.toString());
            return null;
        }
        if (changes == null) {
            return null;
        }
        long read = System.nanoTime();
        Built built;
        try {
            built = SnapshotPatcher.patch(from, changes);
        }
        catch (RuntimeException ex) {
            log.warn("The read model of data version {} could not be built from data version {}; building it in full",
                    changes.version(), previous.version(), ex);
            return null;
        }
        long done = System.nanoTime();
        if (built == null) {
            log.info("The read model is rebuilt in full: a change of data version {} reaches beyond programs' texts",
                    changes.version());
            return null;
        }
        last = built;
        log.info(
                "Read model of data version {} built in {} ms ({} ms reading, {} ms assembling) from data version {}: "
                        + "{} programs written",
                built.snapshot().version(), (done - start) / 1_000_000, (read - start) / 1_000_000,
                (done - read) / 1_000_000, previous.version(), changes.programIds().size());
        return built.snapshot();
    }

}
