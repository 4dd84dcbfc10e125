package org.antitrafficking.directory.opendata.openreferral;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The response schemas of HSDS 3.0's openapi.json, made self-contained from the
 * standard's local files: its {@code Page}, the compiled service and organization
 * schemas, and the taxonomy and taxonomy term schemas as the compiled service schema
 * holds them. Formats are asserted.
 */
final class HsdsSchemas {

    private static final String PUBLISHED = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    private static final Map<String, JsonNode> FILES = new ConcurrentHashMap<>();

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private HsdsSchemas() {
    }

    /** The standard's openapi.json. */
    static JsonNode openApi() {
        return file("openapi.json");
    }

    /**
     * The schema of the 200 response of {@code GET path}, a path as openapi.json names
     * it, such as /services/{id}.
     */
    static JsonSchema response(String path) {
        return SCHEMAS.computeIfAbsent(path, key -> {
            JsonNode schema = openApi().path("paths")
                .path(key)
                .path("get")
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema");
            if (schema.isMissingNode()) {
                throw new IllegalArgumentException("openapi.json describes no GET " + key);
            }
            ObjectNode root = (ObjectNode) inline(schema.deepCopy());
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
        });
    }

    /** Replaces every reference with the schema it names, from the local files. */
    private static JsonNode inline(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("$ref")) {
                return inline(referenced(object.get("$ref").asText()).deepCopy());
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(inline(field.getValue()));
            }
        }
        else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, inline(array.get(i)));
            }
        }
        return node;
    }

    private static JsonNode referenced(String ref) {
        if (ref.startsWith("#/")) {
            return openApi().at(ref.substring(1));
        }
        JsonNode taxonomyTerm = file("compiled_service.json")
            .at("/properties/attributes/items/properties/taxonomy_term");
        return switch (ref.substring(PUBLISHED.length())) {
            case "compiled/service.json" -> file("compiled_service.json");
            case "compiled/service_list.json" -> file("compiled_service_list.json");
            case "compiled/organization.json" -> file("compiled_organization.json");
            case "compiled/organization_list.json" -> file("compiled_organization_list.json");
            case "taxonomy_term.json" -> taxonomyTerm;
            case "taxonomy.json" -> taxonomyTerm.at("/properties/taxonomy_detail");
            default -> throw new IllegalArgumentException("No local copy of " + ref);
        };
    }

    private static JsonNode file(String name) {
        return FILES.computeIfAbsent(name, HsdsStandard::read);
    }

}
