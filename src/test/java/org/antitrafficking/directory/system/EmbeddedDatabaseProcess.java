package org.antitrafficking.directory.system;

import java.nio.file.Path;

/**
 * Started in a separate JVM by {@link EmbeddedDatabaseTest}: starts a database, prints
 * the postmaster's pid and waits to be killed, as a developer's JVM might be with
 * {@code kill -9}.
 */
final class EmbeddedDatabaseProcess {

    static final String READY = "POSTMASTER ";

    private EmbeddedDatabaseProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), "orphaned");
        System.out.println(READY + database.postmasterPid().orElseThrow());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

}
