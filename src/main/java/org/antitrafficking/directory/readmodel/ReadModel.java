package org.antitrafficking.directory.readmodel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The directory as the site shows it: the current {@link DirectorySnapshot}, built at
 * start-up (the application does not start without one) and again whenever the data
 * version in the database moves. Requests read the snapshot without touching the
 * database, so pages keep answering while it is away.
 */
@Component
@DependsOnDatabaseInitialization
public class ReadModel implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

    private final SnapshotLoader loader;

    private final ApplicationEventPublisher events;

    private volatile DirectorySnapshot snapshot;

    ReadModel(SnapshotLoader loader, ApplicationEventPublisher events) {
        this.loader = loader;
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        snapshot = build();
    }

    /** The directory as of the latest data version this instance has read. */
    public DirectorySnapshot snapshot() {
        return snapshot;
    }

    /**
     * Rebuilds the snapshot unless it already holds {@code version}, and tells the rest
     * of the application (the page cache) when it changed. Called by one thread at a
     * time.
     */
    synchronized boolean refreshTo(DataVersion version) {
        if (version.equals(snapshot.version())) {
            return false;
        }
        DirectorySnapshot previous = snapshot;
        snapshot = build();
        log.info("Data version {} replaced {}", snapshot.version(), previous.version());
        events.publishEvent(new ReadModelRefreshed(previous.version(), snapshot.version()));
        return true;
    }

    private DirectorySnapshot build() {
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
