package org.antitrafficking.directory.readmodel.load;

import org.antitrafficking.directory.readmodel.DirectoryCounts;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The face of the loading room: reads every table in one transaction and assembles the
 * rows into a {@link DirectorySnapshot}, logging how long each half took.
 */
@Component
public class SnapshotBuilder {

    private static final Logger log = LoggerFactory.getLogger(SnapshotBuilder.class);

    private final SnapshotLoader loader;

    SnapshotBuilder(SnapshotLoader loader) {
        this.loader = loader;
    }

    /** A snapshot of the directory as the database holds it now. */
    public DirectorySnapshot build() {
        long start = System.nanoTime();
        DirectoryRows rows = loader.load();
        long read = System.nanoTime();
        DirectorySnapshot built = SnapshotAssembler.assemble(rows);
        long done = System.nanoTime();
        DirectoryCounts counts = built.counts();
        log.info("Read model of data version {} built in {} ms ({} ms reading, {} ms assembling): {} departments, "
                + "{} agencies, {} programs, {} task forces, {} hotlines, {} forms of relief, {} sources, {} searchable records",
                built.version(), (done - start) / 1_000_000, (read - start) / 1_000_000, (done - read) / 1_000_000,
                counts.departments(), counts.agencies(), counts.programs(), counts.taskForces(), counts.hotlines(),
                counts.reliefTypes(), counts.sources(), built.search().size());
        return built;
    }

}
