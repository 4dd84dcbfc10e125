package org.antitrafficking.directory.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Project Open Data 1.1 (DCAT-US) schemas from the project's shared standards folder:
 * {@code -Ddirectory.standards=...}, or the first {@code shared/standards} found beside
 * the checkout or above it. catalog.json names dataset.json and the others by relative
 * references; they resolve to the local files, so nothing is fetched.
 *
 * <p>
 * The one change: {@code bureauCode} and {@code programCode} are dropped from a dataset's
 * required fields. They are OMB's codes for federal publishers, which an independent
 * catalog has none of (shared/standards/README.md); every other rule of the schema holds.
 */
final class DcatUsSchema {

    static final List<String> FEDERAL_ONLY = List.of("bureauCode", "programCode");

    private static final Logger log = LoggerFactory.getLogger(DcatUsSchema.class);

    private static final String ID = "https://project-open-data.cio.gov/v1.1/schema/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DcatUsSchema() {
    }

    /**
     * The catalog schema, or an aborted test that says plainly where the schemas were
     * looked for.
     */
    static JsonSchema catalog() {
        Optional<Path> folder = find().map(standards -> standards.resolve("dcat-us-1.1")).filter(Files::isDirectory);
        if (folder.isEmpty()) {
            String reason = "The DCAT-US 1.1 schemas are not here: no shared/standards/dcat-us-1.1 beside or above "
                    + Path.of("").toAbsolutePath() + " and no -Ddirectory.standards, so /data.json was NOT validated";
            log.warn(reason);
            Assumptions.abort(reason);
        }
        log.info("Validating /data.json against the DCAT-US 1.1 schemas in {}, without {}", folder.get(), FEDERAL_ONLY);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(iri -> iri.startsWith(ID)
                        ? read(folder.get(), iri.substring(ID.length()).replaceAll("#.*$", "")) : null)));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of(ID + "catalog.json"), config);
    }

    static Optional<Path> find() {
        String configured = System.getProperty("directory.standards");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("standards");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String read(Path folder, String file) {
        try {
            String schema = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
            return file.equals("dataset.json") ? withoutFederalCodes(schema) : schema;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String withoutFederalCodes(String schema) throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(schema);
        ArrayNode required = (ArrayNode) dataset.get("required");
        List<String> names = new ArrayList<>();
        required.forEach(name -> names.add(name.asText()));
        assertThat(names).as("the fields dataset.json requires").containsAll(FEDERAL_ONLY);
        required.removeAll();
        names.stream().filter(name -> !FEDERAL_ONLY.contains(name)).forEach(required::add);
        return JSON.writeValueAsString(dataset);
    }

}
