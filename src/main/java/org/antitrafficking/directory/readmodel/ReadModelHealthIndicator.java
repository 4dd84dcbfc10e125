package org.antitrafficking.directory.readmodel;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The read model is up whenever it holds a snapshot, which it always does once started: pages are
 * served from it whether or not the database answers. The details say which data version it serves
 * and whether it is still following the database.
 */
@Component
class ReadModelHealthIndicator implements HealthIndicator {

    private final ReadModel readModel;
    private final DataVersionWatcher watcher;

    ReadModelHealthIndicator(ReadModel readModel, DataVersionWatcher watcher) {
        this.readModel = readModel;
        this.watcher = watcher;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up()
            .withDetail("dataVersion", readModel.snapshot().version().toString())
            .withDetail("followingDatabase", watcher.isConnected());
        if (watcher.lastContact() != null) {
            health.withDetail("lastContact", watcher.lastContact().toString());
        }
        return health.build();
    }
}
