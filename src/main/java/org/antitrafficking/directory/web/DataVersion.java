package org.antitrafficking.directory.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of what every response is made from: the data (which changes only through migrations,
 * so the migration history stands for it) and the application build that renders it. Computed once;
 * a new migration or a new build means a restart, and a new version.
 */
@Component
public class DataVersion {

    private final JdbcClient jdbc;
    private final ObjectProvider<BuildProperties> build;
    private volatile String etag;

    DataVersion(JdbcClient jdbc, ObjectProvider<BuildProperties> build) {
        this.jdbc = jdbc;
        this.build = build;
    }

    /** A weak entity tag: the same bytes may be sent compressed or not. */
    public String etag() {
        String current = etag;
        if (current == null) {
            current = "W/\"" + hash(migrations() + "|" + buildTime()) + "\"";
            etag = current;
        }
        return current;
    }

    private String migrations() {
        return jdbc.sql("""
                SELECT coalesce(string_agg(concat_ws(':', version, description, checksum), ',' ORDER BY installed_rank), '')
                FROM flyway_schema_history WHERE success""")
            .query(String.class)
            .single();
    }

    private String buildTime() {
        BuildProperties properties = build.getIfAvailable();
        Instant time = (properties != null) ? properties.getTime() : null;
        return (time != null) ? time.toString() : "unbuilt-" + Instant.now();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
