package org.antitrafficking.directory;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code directory.*} setting, in one tree (README, "Configuration"). The build
 * writes their metadata, so an IDE completes them in {@code application.properties}.
 *
 * @param baseUrl the site's own address for published links (sitemap, JSON-LD,
 * security.txt); empty means the address of each request, fine for development only
 * @param quickExitUrl where the quick-exit control sends a visitor
 * @param contactEmail the mailbox for questions about the data, in data.json and the
 * OpenAPI document; empty means the security contact's
 * @param securityContact the {@code Contact:} of security.txt; empty means
 * {@code security@} and the site's host
 * @param trainingRun whether this run records the JVM cache for {@code deploy/start} and
 * then stops
 * @param http the caching headers of pages and exports
 * @param pageCache the application's cache of rendered pages
 * @param render how many responses no cache holds render at once
 * @param readModel how the read model follows the data version
 * @param embeddedDatabase the embedded PostgreSQL, used without
 * {@code spring.datasource.url}
 */
@ConfigurationProperties("directory")
public record DirectoryProperties(@DefaultValue("") String baseUrl,
        @DefaultValue("https://www.google.com/") String quickExitUrl, @DefaultValue("") String contactEmail,
        @DefaultValue("") String securityContact, @DefaultValue("false") boolean trainingRun, @DefaultValue Http http,
        @DefaultValue PageCache pageCache, @DefaultValue Render render, @DefaultValue Refresh readModel,
        @DefaultValue EmbeddedDatabase embeddedDatabase) {

    /**
     * The caching headers of pages and exports.
     *
     * @param sharedMaxAge how long a shared cache (nginx) may keep a page before asking
     * again; exports at least 300 s
     */
    public record Http(@DefaultValue("60s") Duration sharedMaxAge) {
    }

    /**
     * The application's cache of rendered pages.
     *
     * @param maxSize how much rendered pages and their gzip copies it keeps
     */
    public record PageCache(@DefaultValue("64MB") DataSize maxSize) {
    }

    /**
     * How many responses no cache holds may render at once, and how long the others wait.
     *
     * @param concurrent renders at once; 0 (the default) means two per processor, so a
     * render waiting on its output or a collection does not leave a processor idle
     * @param waiting requests that may wait in line for a turn; more are turned away at
     * once
     * @param maxWait how long a request waits in line before it is turned away; 0 turns
     * it away at once
     */
    public record Render(@DefaultValue("0") int concurrent, @DefaultValue("256") int waiting,
            @DefaultValue("250ms") Duration maxWait) {

        public Render {
            if (concurrent < 0 || waiting < 0 || maxWait.isNegative()) {
                throw new IllegalArgumentException(
                        "directory.render.concurrent, waiting and max-wait must not be negative");
            }
        }

        /** The renders at once this instance allows. */
        public int concurrentOrDefault() {
            return (concurrent > 0) ? concurrent : 2 * Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * How the read model follows the data version.
     *
     * @param pollInterval how long the watcher waits for a notification before it asks
     * for the version anyway (notifications do not pass through every connection pooler)
     * @param retryInterval how long it waits before reconnecting to a database that went
     * away
     */
    public record Refresh(@DefaultValue("2s") Duration pollInterval, @DefaultValue("1s") Duration retryInterval) {
    }

    /**
     * Where the embedded PostgreSQL keeps its data.
     *
     * @param dataDirectory the cluster's directory; relative paths resolve against the
     * working directory
     * @param databaseName the database the application uses inside that cluster
     */
    public record EmbeddedDatabase(@DefaultValue(".data/postgres") Path dataDirectory,
            @DefaultValue("directory") String databaseName) {
    }

}
