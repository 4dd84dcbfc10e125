package org.antitrafficking.directory.opendata.openreferral;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A Frictionless tabular data package (a {@code datapackage.json} and its CSV files) and
 * what a validator would find wrong with it: a file missing or not described, a header
 * that is not the schema's fields, an empty required cell, a value its type or its list
 * of values does not allow, a repeated unique value or primary key, a foreign key that
 * names no row.
 */
final class TabularPackage {

    static final String DESCRIPTOR = "datapackage.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final JsonNode descriptor;

    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    private final Map<String, List<CSVRecord>> files = new LinkedHashMap<>();

    private TabularPackage(JsonNode descriptor) {
        this.descriptor = descriptor;
    }

    /** The package in a zip's entries: the descriptor and every CSV file beside it. */
    static TabularPackage of(Map<String, byte[]> entries) {
        if (!entries.containsKey(DESCRIPTOR)) {
            throw new IllegalArgumentException("No " + DESCRIPTOR + " among " + entries.keySet());
        }
        try {
            TabularPackage pack = new TabularPackage(JSON.readTree(entries.get(DESCRIPTOR)));
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().equals(DESCRIPTOR)) {
                    try (CSVParser parser = RFC_4180
                        .parse(new StringReader(new String(entry.getValue(), StandardCharsets.UTF_8)))) {
                        pack.headers.put(entry.getKey(), parser.getHeaderNames());
                        pack.files.put(entry.getKey(), parser.getRecords());
                    }
                }
            }
            return pack;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    JsonNode descriptor() {
        return descriptor;
    }

    /** The rows of a resource, by its name, as field name to cell. */
    List<Map<String, String>> rows(String resourceName) {
        JsonNode resource = resource(resourceName);
        if (resource == null) {
            throw new IllegalArgumentException("No resource " + resourceName + " in " + DESCRIPTOR);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : files.getOrDefault(resource.path("path").asText(), List.of())) {
            rows.add(record.toMap());
        }
        return rows;
    }

    /** Everything wrong with the package; empty if a validator would accept it. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!"tabular-data-package".equals(descriptor.path("profile").asText())) {
            problems.add("the profile is not tabular-data-package");
        }
        Set<String> described = new HashSet<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String path = resource.path("path").asText();
            described.add(path);
            if (!files.containsKey(path)) {
                problems.add(resource.path("name").asText() + ": no file " + path);
                continue;
            }
            checkResource(resource, problems);
        }
        files.keySet()
            .stream()
            .filter(path -> !described.contains(path))
            .forEach(path -> problems.add(path + ": not described in " + DESCRIPTOR));
        return problems;
    }

    private void checkResource(JsonNode resource, List<String> problems) {
        String path = resource.path("path").asText();
        JsonNode schema = resource.path("schema");
        List<String> names = new ArrayList<>();
        schema.path("fields").forEach(field -> names.add(field.path("name").asText()));
        if (!headers.get(path).equals(names)) {
            problems.add(path + ": header " + headers.get(path) + " is not the fields " + names);
            return;
        }
        List<CSVRecord> records = files.get(path);
        for (JsonNode field : schema.path("fields")) {
            String name = field.path("name").asText();
            JsonNode constraints = field.path("constraints");
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : records) {
                String value = record.get(name);
                String where = path + " row " + record.getRecordNumber() + " " + name;
                if (value.isEmpty()) {
                    if (constraints.path("required").asBoolean()) {
                        problems.add(where + ": required but empty");
                    }
                    continue;
                }
                if (!conforms(value, field.path("type").asText(), field.path("format").asText("default"))) {
                    problems.add(where + ": \"" + value + "\" is not a " + field.path("type").asText() + " ("
                            + field.path("format").asText("default") + ")");
                }
                if (constraints.has("enum") && !contains(constraints.path("enum"), value)) {
                    problems.add(where + ": \"" + value + "\" is not one of " + constraints.path("enum"));
                }
                if (constraints.path("unique").asBoolean() && !seen.add(value)) {
                    problems.add(where + ": \"" + value + "\" is repeated but must be unique");
                }
            }
        }
        checkPrimaryKey(path, schema.path("primaryKey").asText(), records, problems);
        for (JsonNode key : schema.path("foreignKeys")) {
            checkForeignKey(resource, key, problems);
        }
    }

    private static void checkPrimaryKey(String path, String field, List<CSVRecord> records, List<String> problems) {
        Set<String> keys = new HashSet<>();
        for (CSVRecord record : records) {
            String key = record.get(field);
            if (key.isEmpty() || !keys.add(key)) {
                problems.add(path + " row " + record.getRecordNumber() + ": primary key \"" + key
                        + "\" is empty or repeated");
            }
        }
    }

    private void checkForeignKey(JsonNode resource, JsonNode key, List<String> problems) {
        String field = key.path("fields").asText();
        String referenced = key.path("reference").path("resource").asText();
        String referencedField = key.path("reference").path("fields").asText();
        JsonNode target = referenced.isEmpty() ? resource : resource(referenced);
        if (target == null || !files.containsKey(target.path("path").asText())) {
            problems.add(resource.path("name").asText() + "." + field + ": refers to " + referenced
                    + ", which is not in the package");
            return;
        }
        Set<String> ids = new HashSet<>();
        files.get(target.path("path").asText()).forEach(record -> ids.add(record.get(referencedField)));
        for (CSVRecord record : files.get(resource.path("path").asText())) {
            String value = record.get(field);
            if (!value.isEmpty() && !ids.contains(value)) {
                problems.add(resource.path("path").asText() + " row " + record.getRecordNumber() + " " + field + ": \""
                        + value + "\" names no " + referenced + "." + referencedField);
            }
        }
    }

    private JsonNode resource(String name) {
        for (JsonNode resource : descriptor.path("resources")) {
            if (resource.path("name").asText().equals(name)) {
                return resource;
            }
        }
        return null;
    }

    private static boolean contains(JsonNode values, String value) {
        for (JsonNode allowed : values) {
            if (allowed.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cell holds a value of the type and format, as Table Schema defines them.
     */
    static boolean conforms(String value, String type, String format) {
        try {
            return switch (type) {
                case "string" -> switch (format) {
                    case "uuid" -> UUID.fromString(value).toString().equals(value);
                    case "uri" -> URI.create(value).isAbsolute();
                    case "email" -> EMAIL.matcher(value).matches();
                    default -> true;
                };
                case "number" -> new BigDecimal(value) != null;
                case "integer" -> Long.parseLong(value) == Long.parseLong(value);
                case "boolean" -> value.equals("true") || value.equals("false");
                case "date" -> LocalDate.parse(value) != null;
                case "time" -> LocalTime.parse(value, TIME) != null;
                case "datetime" -> DATETIME.parse(value) != null;
                default -> false;
            };
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

}
