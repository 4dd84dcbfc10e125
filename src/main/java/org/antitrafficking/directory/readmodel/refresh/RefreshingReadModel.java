package org.antitrafficking.directory.readmodel.refresh;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.ReadModelRefreshed;
import org.antitrafficking.directory.readmodel.load.SnapshotBuilder;
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
class RefreshingReadModel implements ReadModel, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RefreshingReadModel.class);

    private final SnapshotBuilder builder;

    private final ApplicationEventPublisher events;

    private volatile DirectorySnapshot snapshot;

    RefreshingReadModel(SnapshotBuilder builder, ApplicationEventPublisher events) {
        this.builder = builder;
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        snapshot = build();
    }

    /** The directory as of the latest data version this instance has read. */
    @Override
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
        snapshot = builder.update(previous);
        log.info("Data version {} replaced {}", snapshot.version(), previous.version());
        events.publishEvent(new ReadModelRefreshed(previous.version(), snapshot.version()));
        return true;
    }

    private DirectorySnapshot build() {
        return builder.build();
    }

}
