package org.antitrafficking.directory.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import org.antitrafficking.directory.readmodel.DataVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The ETag of everything made from one version of the data by one build of the
 * application. Every instance of the same build reading the same database gives the same
 * tag, so a conditional request can go to any of them; a data change or a new build gives
 * a new one.
 */
@Component
public class EntityTags {

    private final String build;

    private final Map<SiteLanguage, Tagged> last = new EnumMap<>(SiteLanguage.class);

    EntityTags(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        Instant time = (properties != null) ? properties.getTime() : null;
        // Without build information (a run from an IDE), each start is its own build.
        this.build = (time != null) ? time.toString() : "unbuilt-" + Instant.now();
    }

    private record Tagged(DataVersion version, String etag) {
    }

    /**
     * A weak entity tag: the same bytes may be sent compressed or not. Each language has
     * its own.
     */
    public String of(DataVersion version, SiteLanguage language) {
        synchronized (last) {
            Tagged current = last.get(language);
            if (current == null || !current.version().equals(version)) {
                current = new Tagged(version, "W/\"" + hash(version + "|" + build + "|" + language.tag()) + "\"");
                last.put(language, current);
            }
            return current.etag();
        }
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
