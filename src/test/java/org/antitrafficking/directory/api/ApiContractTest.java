package org.antitrafficking.directory.api;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API operation answers with the status and content type it documents, and a body
 * that the response schema in the OpenAPI document accepts.
 */
class ApiContractTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode openApi;

    @BeforeEach
    void readOpenApi() throws Exception {
        openApi = JSON.readTree(pages.exchange("/v3/api-docs").getResponse().getContentAsString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/api/v1/departments, /api/v1/departments", "/api/v1/departments?page=2&size=5, /api/v1/departments",
            "/api/v1/departments/dhs, /api/v1/departments/{slug}", "/api/v1/agencies, /api/v1/agencies",
            "/api/v1/agencies/hsi, /api/v1/agencies/{slug}", "/api/v1/programs, /api/v1/programs",
            "/api/v1/programs?function=prosecution&function=protection&department=dhs&kind=training&size=3, /api/v1/programs",
            "/api/v1/programs?q=webinars, /api/v1/programs", "/api/v1/programs/fsap, /api/v1/programs/{slug}",
            "/api/v1/task-forces, /api/v1/task-forces", "/api/v1/task-forces/pitf, /api/v1/task-forces/{slug}",
            "/api/v1/task-forces?function=prosecution, /api/v1/task-forces",
            "/api/v1/agencies?function=prosecution&function=protection, /api/v1/agencies",
            "/api/v1/functions, /api/v1/functions", "/api/v1/functions/prosecution, /api/v1/functions/{slug}",
            "/api/v1/hotlines, /api/v1/hotlines", "/api/v1/hotlines?purpose=report-tip, /api/v1/hotlines",
            "/api/v1/hotlines/national-human-trafficking-hotline, /api/v1/hotlines/{slug}",
            "/api/v1/immigration-relief, /api/v1/immigration-relief",
            "/api/v1/immigration-relief/continued-presence, /api/v1/immigration-relief/{slug}",
            "/api/v1/sources, /api/v1/sources", "/api/v1/sources/dhs-in-action, /api/v1/sources/{slug}",
            "/api/v1/search?q=custums, /api/v1/search" })
    void shouldAnswerWithABodyItsSchemaAccepts(String uri, String operation) throws Exception {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = JSON.readTree(response.getContentAsString());
        Set<ValidationMessage> problems = schemaOf(operation, "200").validate(body);
        assertThat(problems).as("schema problems of %s", uri).isEmpty();
    }

    /**
     * What the hotline pages say of law enforcement, the API says too, with its source.
     */
    @Test
    void shouldSayWhatALineSharesWithLawEnforcementAndWhoSaysSo() throws Exception {
        JsonNode national = json("/api/v1/hotlines/national-human-trafficking-hotline").at("/card/lawEnforcement");
        assertThat(national.path("sharing").asText()).isEqualTo("limited");
        assertThat(national.path("note").asText()).isEqualTo(jdbc.queryForObject(
                "SELECT law_enforcement_note FROM hotline WHERE slug = 'national-human-trafficking-hotline'",
                String.class));
        assertThat(national.path("sourceSlug").asText()).isEqualTo("hotline-operator-law-enforcement-statement");
        assertThat(json("/api/v1/hotlines/hsi-tip-line").at("/card/lawEnforcement/sharing").asText()).isEqualTo("yes");
        assertThat(json("/api/v1/hotlines/emergency-911").at("/card").has("lawEnforcement")).isFalse();
        assertThat(json("/api/v1/programs/fsap").path("crossAgency").asBoolean()).isTrue();
        assertThat(json("/api/v1/programs/fsap").has("department")).isFalse();
    }

    @Test
    void shouldPageCollectionsAndSayWhereThePageSits() throws Exception {
        JsonNode page = json("/api/v1/agencies?page=2&size=10");
        assertThat(page.at("/page/number").asInt()).isEqualTo(2);
        assertThat(page.at("/page/size").asInt()).isEqualTo(10);
        assertThat(page.at("/page/totalElements").asInt()).isEqualTo(count("SELECT count(*) FROM component"));
        assertThat(page.at("/page/totalPages").asInt()).isEqualTo((count("SELECT count(*) FROM component") + 9) / 10);
        assertThat(page.get("items")).hasSize(10);
        assertThat(page.at("/items/0/link/api").asText()).startsWith("/api/v1/agencies/");
    }

    @Test
    void shouldFilterProgramsAsThePageDoes() throws Exception {
        JsonNode api = json("/api/v1/programs?function=prosecution&department=dhs&size=100");
        int expected = count(
                """
                        SELECT count(*) FROM program p JOIN department d ON d.id = p.department_id WHERE d.slug = 'dhs'
                          AND EXISTS (SELECT 1 FROM program_function f WHERE f.program_id = p.id AND f.function_slug = 'prosecution')""");
        assertThat(api.at("/page/totalElements").asInt()).isEqualTo(expected);
        for (JsonNode program : api.get("items")) {
            assertThat(program.at("/department/slug").asText()).isEqualTo("dhs");
            assertThat(program.get("functions").toString()).contains("\"prosecution\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/api/v1/departments/ministry-of-magic, 404, /api/v1/departments/{slug}",
            "/api/v1/programs/no-such-program, 404, /api/v1/programs/{slug}",
            "/api/v1/programs?function=rescue, 400, /api/v1/programs",
            "/api/v1/programs?fuction=prosecution, 400, /api/v1/programs",
            "/api/v1/departments?size=101, 400, /api/v1/departments",
            "/api/v1/departments?page=0, 400, /api/v1/departments",
            "/api/v1/departments?page=99, 400, /api/v1/departments",
            "/api/v1/hotlines?purpose=gossip, 400, /api/v1/hotlines",
            "/api/v1/search?q=hsi&lang=fr, 400, /api/v1/search" })
    void shouldAnswerErrorsAsProblemDetails(String uri, int status, String operation) throws Exception {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo(uri.replaceAll("\\?.*$", ""));
        assertThat(schemaOf(operation, String.valueOf(status)).validate(problem)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/departments?sort=name", "/api/v1/agencies/hsi?expand=all",
            "/api/v1/programs?function=prosecution&color=red" })
    void shouldRefuseUnknownParametersRatherThanIgnoreThem(String uri) throws Exception {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(response.getContentAsString()).get("detail").asText())
            .startsWith("Unknown query parameter");
    }

    @Test
    void shouldAnswerAnUnknownApiAddressWith404WhateverItsParameters() {
        MockHttpServletResponse response = pages.exchange("/api/v1/no-such-thing?page=2&x=1").getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void shouldAnswerAnUnknownApiAddressWithAProblemNotAPage() throws Exception {
        MockHttpServletResponse response = pages.exchange("/api/v1/unicorns").getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    private JsonNode json(String uri) throws Exception {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).as("status of %s", uri).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    /**
     * The schema of one response of one GET operation, with the document's components to
     * resolve references.
     */
    private JsonSchema schemaOf(String path, String status) {
        JsonNode content = openApi.path("paths").path(path).path("get").path("responses").path(status).path("content");
        assertThat(content.isMissingNode()).as("the OpenAPI document describes %s %s", path, status).isFalse();
        Iterator<JsonNode> mediaTypes = content.elements();
        JsonNode schema = mediaTypes.next().get("schema");
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", openApi.get("components"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

}
