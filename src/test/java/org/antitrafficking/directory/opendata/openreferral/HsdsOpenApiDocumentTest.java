package org.antitrafficking.directory.opendata.openreferral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS API's own OpenAPI document, a group beside the directory's API: it parses
 * cleanly, takes only query parameters HSDS's openapi.json gives each operation, with
 * their types, and answers with the schemas HSDS publishes. It is read without resolving
 * those, so nothing is fetched.
 */
class HsdsOpenApiDocumentTest extends PageTest {

    @Test
    void shouldDescribeEachOperationWithTheStandardsParametersAndSchemas() throws Exception {
        OpenAPI api = parse("/v3/api-docs/hsds");
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getInfo().getVersion()).isEqualTo("3.0");
        assertThat(api.getInfo().getLicense().getName()).isEqualTo("CC0-1.0");
        assertThat(api.getPaths()).containsOnlyKeys("/hsds/", "/hsds/services", "/hsds/services/{id}",
                "/hsds/organizations", "/hsds/organizations/{id}", "/hsds/taxonomies", "/hsds/taxonomies/{id}",
                "/hsds/taxonomy_terms", "/hsds/taxonomy_terms/{id}");
        JsonNode standard = HsdsSchemas.openApi();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            String standardPath = path.getKey().substring("/hsds".length());
            JsonNode standardGet = standard.path("paths").path(standardPath).path("get");
            assertThat(standardGet.isMissingNode()).as("HSDS describes GET %s", standardPath).isFalse();
            Operation get = path.getValue().getGet();
            assertThat(get.getSummary()).as("summary of %s", path.getKey()).isNotBlank();
            assertThat(get.getResponses()).as("responses of %s", path.getKey()).containsKeys("200", "400", "404");

            Map<String, JsonNode> standardParameters = parameters(standard, standardGet);
            if (get.getParameters() != null) {
                for (Parameter parameter : get.getParameters()) {
                    if (!"query".equals(parameter.getIn())) {
                        continue;
                    }
                    JsonNode expected = standardParameters.get(parameter.getName());
                    assertThat(expected).as("HSDS gives GET %s the parameter %s", standardPath, parameter.getName())
                        .isNotNull();
                    assertThat(typeOf(parameter.getSchema())).as("type of %s of %s", parameter.getName(), path.getKey())
                        .isEqualTo(expected.at("/schema/type").asText());
                    assertThat(parameter.getDescription()).isNotBlank();
                }
            }

            Schema<?> ok = get.getResponses().get("200").getContent().get("application/json").getSchema();
            JsonNode expected = standardGet.at("/responses/200/content/application~1json/schema");
            if (expected.has("$ref")) {
                assertThat(ok.get$ref()).as("schema of %s", path.getKey()).isEqualTo(expected.get("$ref").asText());
            }
            else if (expected.has("allOf")) {
                assertThat(ok.getAllOf().get(0).get$ref()).isEqualTo("#/components/schemas/Page");
                assertThat(((Schema<?>) ok.getProperties().get("contents")).getItems().get$ref())
                    .as("items of %s", path.getKey())
                    .isEqualTo(expected.at("/properties/contents/items/$ref").asText());
            }
        }
        List<String> pageFields = new ArrayList<>();
        standard.at("/components/schemas/Page/properties").fieldNames().forEachRemaining(pageFields::add);
        assertThat(api.getComponents().getSchemas().get("Page").getProperties().keySet())
            .containsExactlyInAnyOrderElementsOf(pageFields);
    }

    @Test
    void shouldKeepTheDirectorysOwnApiInTheDefaultDocumentAndInAGroup() throws Exception {
        OpenAPI unnamed = parse("/v3/api-docs");
        OpenAPI v1 = parse("/v3/api-docs/v1");
        assertThat(unnamed.getPaths().keySet()).isNotEmpty()
            .allSatisfy(path -> assertThat(path).startsWith("/api/v1/"))
            .isEqualTo(v1.getPaths().keySet());
    }

    private OpenAPI parse(String uri) throws Exception {
        String document = pages.exchange(uri).getResponse().getContentAsString();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getMessages()).as("parse messages of %s", uri).isEmpty();
        return result.getOpenAPI();
    }

    /**
     * The query parameters of an operation of HSDS's openapi.json, references resolved,
     * by name.
     */
    private static Map<String, JsonNode> parameters(JsonNode standard, JsonNode operation) {
        Map<String, JsonNode> parameters = new HashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = parameter.has("$ref") ? standard.at(parameter.get("$ref").asText().substring(1))
                    : parameter;
            parameters.put(resolved.path("name").asText(), resolved);
        }
        return parameters;
    }

    private static String typeOf(Schema<?> schema) {
        return (schema.getTypes() != null && !schema.getTypes().isEmpty()) ? schema.getTypes().iterator().next()
                : schema.getType();
    }

}
