package org.antitrafficking.directory.opendata.openreferral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HSDS 3.0 files the Open Referral output is checked against, read from the project's
 * shared standards folder: {@code -Ddirectory.standards=...}, or the first
 * {@code shared/standards} found beside the checkout or above it. Nothing is fetched from
 * the network.
 */
final class HsdsStandard {

    private static final Logger log = LoggerFactory.getLogger(HsdsStandard.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private HsdsStandard() {
    }

    /**
     * A file of the standard as JSON, or an aborted test that says plainly where it was
     * looked for.
     */
    static JsonNode read(String fileName) {
        Path folder = find().orElse(null);
        if (folder == null || !Files.isRegularFile(folder.resolve(fileName))) {
            String reason = "The HSDS 3.0 files are not here: no shared/standards/hsds-3.0/" + fileName
                    + " beside or above " + Path.of("").toAbsolutePath()
                    + " and no -Ddirectory.standards, so the Open Referral output was NOT "
                    + "checked against the standard";
            log.warn(reason);
            Assumptions.abort(reason);
        }
        try {
            return JSON.readTree(folder.resolve(fileName).toFile());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + folder.resolve(fileName), ex);
        }
    }

    private static Optional<Path> find() {
        String configured = System.getProperty("directory.standards");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured).resolve("hsds-3.0")).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("standards").resolve("hsds-3.0");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

}
