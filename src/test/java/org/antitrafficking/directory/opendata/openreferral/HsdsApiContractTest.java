package org.antitrafficking.directory.opendata.openreferral;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of the HSDS API is one the standard's schemas accept: lists against
 * openapi.json's page with the compiled list schemas, records against the compiled
 * service and organization schemas, taxonomies and terms against the taxonomy schemas
 * HSDS nests in them.
 */
class HsdsApiContractTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> PAGE_FIELDS = List.of("total_items", "total_pages", "page_number", "size",
            "first_page", "last_page", "empty", "contents");

    @Test
    void shouldSayAtTheRootWhichVersionItIsAndWhereItsDocumentIs() throws Exception {
        JsonNode about = json("/hsds/");
        assertThat(HsdsSchemas.response("/").validate(about)).isEmpty();
        assertThat(about.path("version").asText()).isEqualTo("3.0");
        assertThat(about.path("profile").asText()).isEqualTo("https://docs.openreferral.org/en/v3.0/");
        URI document = URI.create(about.path("openapi_url").asText());
        assertThat(document.isAbsolute()).isTrue();
        assertThat(json(document.getPath()).path("openapi").asText()).startsWith("3.1");
        assertThat(json("/hsds")).isEqualTo(about);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/hsds/services, /services", "/hsds/services?per_page=3&page=2, /services",
            "/hsds/services?search=tip, /services", "/hsds/organizations, /organizations",
            "/hsds/organizations?per_page=100, /organizations",
            "/hsds/organizations?search=homeland&page=1, /organizations", "/hsds/taxonomies, /taxonomies",
            "/hsds/taxonomy_terms, /taxonomy_terms", "/hsds/taxonomy_terms?search=victims, /taxonomy_terms" })
    void shouldAnswerEveryListWithAPageTheStandardAccepts(String uri, String operation) throws Exception {
        JsonNode page = json(uri);
        assertThat(page.properties()).extracting(field -> field.getKey())
            .containsExactlyInAnyOrderElementsOf(PAGE_FIELDS);
        assertThat(HsdsSchemas.response(operation).validate(page)).as("schema problems of %s", uri).isEmpty();
        assertThat(page.path("size").asInt()).isEqualTo(page.path("contents").size());
        assertThat(page.path("contents")).as("contents of %s", uri).isNotEmpty();
    }

    @Test
    void shouldAnswerEveryServiceAndOrganizationWithWhatTheCompiledSchemaAccepts() throws Exception {
        List<String> checked = new ArrayList<>();
        for (JsonNode service : json("/hsds/services?per_page=100").path("contents")) {
            String uri = "/hsds/services/" + service.path("id").asText();
            JsonNode full = json(uri);
            assertThat(HsdsSchemas.response("/services/{id}").validate(full)).as("schema problems of %s", uri)
                .isEmpty();
            assertThat(full.path("name")).isEqualTo(service.path("name"));
            checked.add(uri);
        }
        for (JsonNode organization : json("/hsds/organizations?per_page=100").path("contents")) {
            String uri = "/hsds/organizations/" + organization.path("id").asText();
            assertThat(HsdsSchemas.response("/organizations/{id}").validate(json(uri))).as("schema problems of %s", uri)
                .isEmpty();
            checked.add(uri);
        }
        assertThat(checked).hasSize(json("/hsds/services").path("total_items").asInt()
                + json("/hsds/organizations").path("total_items").asInt());
    }

    @Test
    void shouldHaveSchemasThatRefuseWhatHsdsRefuses() throws Exception {
        JsonNode service = json("/hsds/services/" + id("hotline", "hsi-tip-line"));
        ((ObjectNode) service).remove("status");
        ((ObjectNode) service.at("/phones/0")).put("id", "not-a-uuid");
        assertThat(HsdsSchemas.response("/services/{id}").validate(service)).extracting(Object::toString)
            .anySatisfy(problem -> assertThat(problem).contains("status"))
            .anySatisfy(problem -> assertThat(problem).contains("uuid"));
        JsonNode page = json("/hsds/organizations");
        ((ObjectNode) page).put("total_items", "many");
        ((ObjectNode) page.at("/contents/0")).remove("description");
        assertThat(HsdsSchemas.response("/organizations").validate(page)).extracting(Object::toString)
            .anySatisfy(problem -> assertThat(problem).contains("total_items"))
            .anySatisfy(problem -> assertThat(problem).contains("description"));
    }

    @Test
    void shouldAnswerEveryTaxonomyAndTermWithWhatItsSchemaAccepts() throws Exception {
        for (JsonNode taxonomy : json("/hsds/taxonomies").path("contents")) {
            JsonNode one = json("/hsds/taxonomies/" + taxonomy.path("id").asText());
            assertThat(HsdsSchemas.response("/taxonomies/{id}").validate(one)).isEmpty();
            assertThat(one).isEqualTo(taxonomy);
        }
        JsonNode terms = json("/hsds/taxonomy_terms");
        assertThat(terms.path("contents")).extracting(term -> term.path("code").asText())
            .containsExactly("prevention", "protection", "prosecution", "partnership", "law-enforcement-yes",
                    "law-enforcement-no", "law-enforcement-limited");
        for (JsonNode term : terms.path("contents")) {
            JsonNode one = json("/hsds/taxonomy_terms/" + term.path("id").asText());
            assertThat(HsdsSchemas.response("/taxonomy_terms/{id}").validate(one)).isEmpty();
            assertThat(one).isEqualTo(term);
        }
    }

    @Test
    void shouldSayInTheApiWhatThePackageSays() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                pages.exchange("/export/open-referral.zip").getResponse().getContentAsByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        TabularPackage pack = TabularPackage.of(files);
        Map<String, String> paths = Map.of("service", "/hsds/services/", "organization", "/hsds/organizations/",
                "taxonomy", "/hsds/taxonomies/", "taxonomy_term", "/hsds/taxonomy_terms/");
        for (Map.Entry<String, String> table : paths.entrySet()) {
            List<Map<String, String>> rows = pack.rows(table.getKey());
            assertThat(rows).isNotEmpty();
            for (Map<String, String> row : rows) {
                JsonNode record = json(table.getValue() + row.get("id"));
                row.forEach((field, cell) -> assertThat(record.path(field).asText(""))
                    .as("%s %s of %s", table.getKey(), field, row.get("id"))
                    .isEqualTo(cell));
            }
        }
    }

    @Test
    void shouldNestWhatTheServiceHas() throws Exception {
        JsonNode hotline = json("/hsds/services/" + id("hotline", "national-human-trafficking-hotline"));
        assertThat(hotline.path("phones")).extracting(phone -> phone.path("number").asText())
            .contains("1-888-373-7888", "233733");
        assertThat(hotline.at("/phones/0/languages/0/note").asText())
            .isEqualTo("Interpreters in 200+ languages on calls");
        assertThat(hotline.path("phones")).filteredOn(phone -> phone.path("number").asText().equals("233733"))
            .singleElement()
            .satisfies(text -> assertThat(text.path("languages")).isEmpty());
        assertThat(hotline.path("attributes"))
            .filteredOn(attribute -> attribute.path("link_type").asText().equals("law_enforcement"))
            .singleElement()
            .satisfies(answer -> {
                assertThat(answer.at("/taxonomy_term/code").asText()).isEqualTo("law-enforcement-limited");
                assertThat(answer.path("value").asText()).contains("unless the victim agrees");
            });
        assertThat(hotline.at("/service_areas/0/name").asText()).isEqualTo("United States");
        assertThat(hotline.at("/service_at_locations/0/location/location_type").asText()).isEqualTo("virtual");
        assertThat(hotline.at("/schedules/0/byday").asText()).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
        assertThat(hotline.at("/funding/0/source").asText()).contains("Health and Human Services");
        assertThat(hotline.at("/organization/id").asText()).isEqualTo(id("department", "hhs"));
        assertThat(hotline.at("/metadata/0/resource_id").asText()).isEqualTo(hotline.path("id").asText());

        JsonNode hsi = json("/hsds/organizations/" + id("agency", "hsi"));
        assertThat(hsi.path("services")).extracting(service -> service.path("name").asText()).contains("HSI Tip Line");
        assertThat(hsi.path("programs")).hasSize(count("""
                SELECT count(*) FROM program_component pc JOIN component c ON c.id = pc.component_id
                WHERE c.slug = 'hsi' AND pc.role = 'runs'"""));
        assertThat(hsi.path("attributes")).extracting(attribute -> attribute.at("/taxonomy_term/code").asText())
            .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
                    SELECT f.function_slug FROM component_function f JOIN component c ON c.id = f.component_id
                    WHERE c.slug = 'hsi'""", String.class));
    }

    @Test
    void shouldPageAsHsdsDoes() throws Exception {
        int organizations = count("SELECT count(*) FROM department") + count("SELECT count(*) FROM component")
                + count("SELECT count(*) FROM task_force");
        JsonNode second = json("/hsds/organizations?page=2&per_page=10");
        assertThat(second.path("total_items").asInt()).isEqualTo(organizations);
        assertThat(second.path("total_pages").asInt()).isEqualTo((organizations + 9) / 10);
        assertThat(second.path("page_number").asInt()).isEqualTo(2);
        assertThat(second.path("size").asInt()).isEqualTo(10);
        assertThat(second.path("first_page").asBoolean()).isFalse();
        assertThat(second.path("last_page").asBoolean()).isFalse();
        assertThat(second.path("empty").asBoolean()).isFalse();
        assertThat(second.at("/contents/0/id"))
            .isEqualTo(json("/hsds/organizations?per_page=100").at("/contents/10/id"));

        JsonNode last = json("/hsds/organizations?per_page=10&page=" + second.path("total_pages").asInt());
        assertThat(last.path("last_page").asBoolean()).isTrue();
        assertThat(last.path("size").asInt()).isEqualTo(organizations - 10 * (second.path("total_pages").asInt() - 1));

        JsonNode none = json("/hsds/services?search=xylophone");
        assertThat(none.path("total_items").asInt()).isZero();
        assertThat(none.path("empty").asBoolean()).isTrue();
        assertThat(none.path("first_page").asBoolean()).isTrue();
        assertThat(none.path("contents")).isEmpty();
    }

    @Test
    void shouldFilterServicesByTheirWordsOrganizationTermAndLastChange() throws Exception {
        JsonNode tips = json("/hsds/services?search=Tip");
        assertThat(tips.path("contents")).extracting(service -> service.path("name").asText())
            .contains("HSI Tip Line", "FBI tips")
            .doesNotContain("National Human Trafficking Hotline");

        JsonNode ofHsi = json("/hsds/services?organization_id=" + id("agency", "hsi"));
        assertThat(ofHsi.path("contents")).extracting(service -> service.path("name").asText())
            .containsExactly("HSI Tip Line");

        String prosecution = id("function", "prosecution");
        JsonNode prosecuting = json("/hsds/services?per_page=100&taxonomy_term_id=" + prosecution);
        assertThat(prosecuting.path("contents")).extracting(service -> service.path("id").asText())
            .contains(jdbc.queryForList("""
                    SELECT h.slug FROM hotline h JOIN component_function f ON f.component_id = h.component_id
                    WHERE f.function_slug = 'prosecution'""", String.class)
                .stream()
                .map(slug -> id("hotline", slug))
                .toArray(String[]::new))
            .doesNotContain(id("hotline", "national-human-trafficking-hotline"));
        for (JsonNode service : prosecuting.path("contents")) {
            JsonNode full = json("/hsds/services/" + service.path("id").asText());
            List<String> terms = new ArrayList<>();
            full.path("attributes").forEach(attribute -> terms.add(attribute.path("taxonomy_term_id").asText()));
            full.at("/organization/attributes")
                .forEach(attribute -> terms.add(attribute.path("taxonomy_term_id").asText()));
            assertThat(terms).as("terms of %s", service.path("name").asText()).contains(prosecution);
        }
        assertThat(json("/hsds/services?per_page=100&taxonomy_id=" + OpenReferralIds.FUNCTIONS_TAXONOMY_ID)
            .path("total_items")
            .asInt()).isGreaterThanOrEqualTo(prosecuting.path("total_items").asInt());

        int all = json("/hsds/services").path("total_items").asInt();
        assertThat(json("/hsds/services?modified_after=2000-01-01T00:00:00Z").path("total_items").asInt())
            .isEqualTo(all);
        assertThat(json("/hsds/services?modified_after=2000-01-01").path("total_items").asInt()).isEqualTo(all);
        assertThat(json("/hsds/services?modified_after=2999-01-01T00:00:00%2B02:00").path("total_items").asInt())
            .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/hsds/services/00000000-0000-0000-0000-000000000000, 404", "/hsds/organizations/hsi, 404",
            "/hsds/taxonomies/nothing, 404", "/hsds/taxonomy_terms/rescue, 404", "/hsds/unicorns, 404",
            "/hsds/services?page=0, 400", "/hsds/services?page=99, 400", "/hsds/services?per_page=101, 400",
            "/hsds/services?per_page=ten, 400", "/hsds/services?modified_after=yesterday, 400",
            "/hsds/services?format=ndjson, 400", "/hsds/services?full=true, 400",
            "/hsds/organizations?organization_id=x, 400", "/hsds/taxonomy_terms/anything?full_service=true, 400" })
    void shouldAnswerErrorsAsProblemDetails(String uri, int status) throws Exception {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).isEqualTo(uri.replaceAll("\\?.*$", ""));
    }

    /** The name-based UUID of a record of the directory, as published. */
    static String id(String kind, String slug) {
        return UUID.nameUUIDFromBytes((kind + ":" + slug).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private JsonNode json(String uri) throws Exception {
        MockHttpServletResponse response = pages.exchange(uri).getResponse();
        assertThat(response.getStatus()).as("status of %s", uri).isEqualTo(200);
        assertThat(response.getContentType()).as("content type of %s", uri).startsWith("application/json");
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

}
