package org.antitrafficking.directory.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many responses no cache holds may render at once, and how long the others wait: the
 * settings of {@link RenderAdmissionFilter}.
 *
 * @param concurrent renders at once; 0 (the default) means two per processor, so a render
 * waiting on its output or a collection does not leave a processor idle
 * @param waiting requests that may wait in line for a turn; more are turned away at once
 * @param maxWait how long a request waits in line before it is turned away; 0 turns it
 * away at once
 */
@ConfigurationProperties("directory.render")
record RenderLimits(@DefaultValue("0") int concurrent, @DefaultValue("256") int waiting,
        @DefaultValue("250ms") Duration maxWait) {

    RenderLimits {
        if (concurrent < 0 || waiting < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException(
                    "directory.render.concurrent, waiting and max-wait must not be negative");
        }
    }

    int concurrentOrDefault() {
        return concurrent > 0 ? concurrent : 2 * Runtime.getRuntime().availableProcessors();
    }
}
