package org.antitrafficking.directory.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source documents the seed data was drawn from, read from the project's shared seed folder:
 * {@code -Ddirectory.seeds=...}, or the first {@code shared/seeds} found beside the checkout or above it.
 */
final class SourceDocuments {

    private static final Logger log = LoggerFactory.getLogger(SourceDocuments.class);

    private final Path folder;

    private SourceDocuments(Path folder) {
        this.folder = folder;
    }

    /** The documents, or an aborted test that says plainly where they were looked for. */
    static SourceDocuments locate() {
        Optional<Path> folder = find();
        if (folder.isEmpty()) {
            String reason = "The source documents are not here: no shared/seeds folder beside or above "
                    + Path.of("").toAbsolutePath() + " and no -Ddirectory.seeds, so the seed was NOT checked against them";
            log.warn(reason);
            Assumptions.abort(reason);
        }
        log.info("Checking the seed against the source documents in {}", folder.get());
        return new SourceDocuments(folder.get());
    }

    static Optional<Path> find() {
        String configured = System.getProperty("directory.seeds");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The document's text with every run of white space made one space, as a reader sees it. */
    String text(String fileName) {
        try {
            return Files.readString(folder.resolve(fileName), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read source document " + fileName + " in " + folder, ex);
        }
    }
}
