package org.antitrafficking.directory.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source documents the seed data was drawn from, read from the project's shared seed
 * folder: {@code -Ddirectory.seeds=...}, or the first {@code shared/seeds} found beside
 * the checkout or above it.
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
                    + Path.of("").toAbsolutePath()
                    + " and no -Ddirectory.seeds, so the seed was NOT checked against them";
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

    /**
     * The document's text with every run of white space made one space, as a reader sees
     * it. A name such as {@code SUPPLEMENT.md#immigration-relief-from-uscis-and-dhs}
     * stands for one section of a file: from the heading whose words make that anchor to
     * the next heading of the same level.
     */
    String text(String fileName) {
        int hash = fileName.indexOf('#');
        String file = (hash < 0) ? fileName : fileName.substring(0, hash);
        String text;
        try {
            text = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read source document " + file + " in " + folder, ex);
        }
        return ((hash < 0) ? text : section(text, fileName.substring(hash + 1), fileName)).replaceAll("\\s+", " ");
    }

    /**
     * The texts of every document and section in the folder, for comparing text against
     * all of them.
     */
    List<String> allTexts() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName)
                .map(Path::toString)
                .filter(name -> !name.equals("README.md"))
                .sorted()
                .map(this::text)
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String section(String text, String anchor, String name) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                String level = line.substring(0, line.indexOf(' '));
                String heading = line.substring(level.length()).strip().toLowerCase(Locale.ROOT);
                if (heading.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "").equals(anchor)) {
                    StringBuilder body = new StringBuilder();
                    for (int j = i; j < lines.size() && (j == i || !lines.get(j).startsWith(level + " ")); j++) {
                        body.append(lines.get(j)).append('\n');
                    }
                    return body.toString();
                }
            }
        }
        throw new IllegalStateException("No section #" + anchor + " in " + name);
    }

}
