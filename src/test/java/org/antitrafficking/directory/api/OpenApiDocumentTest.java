package org.antitrafficking.directory.api;

import java.util.Map;

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
                "/api/v1/task-forces/{slug}", "/api/v1/hotlines", "/api/v1/hotlines/{slug}", "/api/v1/immigration-relief",
                "/api/v1/immigration-relief/{slug}", "/api/v1/sources", "/api/v1/sources/{slug}", "/api/v1/search");
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            Operation get = path.getValue().getGet();
            assertThat(get).as("GET %s", path.getKey()).isNotNull();
            assertThat(get.getSummary()).as("summary of %s", path.getKey()).isNotBlank();
            assertThat(get.getDescription()).as("description of %s", path.getKey()).isNotBlank();
            assertThat(get.getResponses()).as("responses of %s", path.getKey()).containsKeys("200", "400");
            if (get.getParameters() != null) {
                get.getParameters().forEach(parameter -> assertThat(parameter.getDescription())
                    .as("parameter %s of %s", parameter.getName(), path.getKey()).isNotBlank());
            }
        }
        for (Map.Entry<String, Schema> schema : api.getComponents().getSchemas().entrySet()) {
            assertThat(schema.getValue().getDescription()).as("description of schema %s", schema.getKey()).isNotBlank();
        }
    }
}
