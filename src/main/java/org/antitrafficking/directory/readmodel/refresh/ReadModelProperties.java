package org.antitrafficking.directory.readmodel.refresh;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read model follows the data version.
 *
 * @param pollInterval how long the watcher waits for a notification before it asks for
 * the version anyway (notifications do not pass through every connection pooler)
 * @param retryInterval how long it waits before reconnecting to a database that went away
 */
@ConfigurationProperties("directory.read-model")
public record ReadModelProperties(@DefaultValue("2s") Duration pollInterval,
        @DefaultValue("1s") Duration retryInterval) {
}
