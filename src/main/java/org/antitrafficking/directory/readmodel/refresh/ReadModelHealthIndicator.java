package org.antitrafficking.directory.readmodel.refresh;

import java.util.ArrayList;
import java.util.List;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.ReadModel;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the read model follows the data: DOWN when the database holds a data version
 * that could not be built, or when the watcher that follows the version has stopped.
 * Pages are served from the last snapshot either way, so this indicator is not part of
 * the readiness group: an instance serving an older version keeps serving, and the
 * overall health tells operators to look. An unreachable database is the {@code db}
 * indicator's to report; the read model stays UP through it. The details say which
 * version is served, which the database holds, and what went wrong.
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
        DataVersion serving = readModel.snapshot().version();
        RebuildFailure failure = watcher.rebuildFailure();
        boolean newerFailed = failure != null && !failure.version().equals(serving);
        boolean dead = watcher.isDead();
        Health.Builder health = (newerFailed || dead) ? Health.down() : Health.up();
        health.withDetail("dataVersion", serving.toString()).withDetail("followingDatabase", watcher.isConnected());
        if (watcher.newestVersion() != null) {
            health.withDetail("databaseVersion", watcher.newestVersion().toString());
        }
        if (watcher.lastContact() != null) {
            health.withDetail("lastContact", watcher.lastContact().toString());
        }
        List<String> errors = new ArrayList<>();
        if (newerFailed) {
            health.withDetail("failedAttempts", failure.attempts());
            errors.add("Data version " + failure.version() + " cannot be built: " + failure.error());
        }
        if (dead) {
            health.withDetail("watcher", "stopped");
            errors.add("The data version watcher stopped" + ((watcher.death() != null) ? ": " + watcher.death() : ""));
        }
        if (!errors.isEmpty()) {
            health.withDetail("error", String.join("; ", errors));
        }
        return health.build();
    }

}
