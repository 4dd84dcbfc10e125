package org.antitrafficking.directory.api;

import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document parses cleanly and describes every operation and schema. */
class OpenApiDocumentTest extends PageTest {

    private static final Pattern OPERATION_ID = Pattern.compile("(list|get)[A-Z][A-Za-z]+|search");

    @Test
    void shouldPublishAValidOpenApi31DocumentDescribingEverything() throws Exception {
        String document = pages.exchange("/v3/api-docs").getResponse().getContentAsString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getInfo().getDescription()).isNotBlank();

        assertThat(api.getPaths()).containsKeys("/api/v1/departments", "/api/v1/departments/{slug}", "/api/v1/agencies",
                "/api/v1/agencies/{slug}", "/api/v1/programs", "/api/v1/programs/{slug}", "/api/v1/task-forces",
                "/api/v1/task-forces/{slug}", "/api/v1/hotlines", "/api/v1/hotlines/{slug}",
                "/api/v1/immigration-relief", "/api/v1/immigration-relief/{slug}", "/api/v1/sources",
                "/api/v1/sources/{slug}", "/api/v1/search");
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            Operation get = path.getValue().getGet();
            assertThat(get).as("GET %s", path.getKey()).isNotNull();
            assertThat(get.getSummary()).as("summary of %s", path.getKey()).isNotBlank();
            assertThat(get.getDescription()).as("description of %s", path.getKey()).isNotBlank();
            assertThat(get.getResponses()).as("responses of %s", path.getKey()).containsKeys("200", "400");
            if (get.getParameters() != null) {
                get.getParameters()
                    .forEach(parameter -> assertThat(parameter.getDescription())
                        .as("parameter %s of %s", parameter.getName(), path.getKey())
                        .isNotBlank());
            }
        }
        for (Map.Entry<String, Schema> schema : api.getComponents().getSchemas().entrySet()) {
            assertThat(schema.getValue().getDescription()).as("description of schema %s", schema.getKey()).isNotBlank();
        }
    }

    @Test
    void shouldStateTheLicenceTheContactAndThatNoCredentialsAreNeeded() throws Exception {
        JsonNode api = new ObjectMapper().readTree(pages.exchange("/v3/api-docs").getResponse().getContentAsString());
        assertThat(api.at("/info/license/identifier").asText()).isEqualTo("CC0-1.0");
        assertThat(api.at("/info/license/name").asText()).isEqualTo("CC0 1.0 Universal");
        assertThat(api.at("/info/contact/name").asText()).isEqualTo("Federal Anti-Trafficking Directory");
        assertThat(api.get("security").isArray()).as("security is declared").isTrue();
        assertThat(api.get("security")).as("no operation asks for credentials").isEmpty();
    }

    @Test
    void shouldNameEveryOperationAndShowAnExampleOfEveryResponse() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(pages.exchange("/v3/api-docs").getResponse().getContentAsString())
            .get("paths");
        paths.properties().forEach(path -> {
            JsonNode get = path.getValue().get("get");
            assertThat(get.get("operationId").asText()).as("operationId of %s", path.getKey()).matches(OPERATION_ID);
            assertThat(get.get("responses").has("404")).as("%s lists 404 only when it looks up a slug", path.getKey())
                .isEqualTo(path.getKey().endsWith("/{slug}"));
            get.get("responses")
                .properties()
                .forEach(response -> response.getValue()
                    .get("content")
                    .properties()
                    .forEach(media -> assertThat(media.getValue().has("example"))
                        .as("example of %s %s %s", path.getKey(), response.getKey(), media.getKey())
                        .isTrue()));
        });
        JsonNode notFound = paths
            .at("/~1api~1v1~1programs~1{slug}/get/responses/404/content/application~1problem+json/example");
        assertThat(notFound.get("detail").asText()).isEqualTo("There is no program with the slug “unknown”.");
        assertThat(notFound.get("instance").asText()).isEqualTo("/api/v1/programs/unknown");
    }

}
