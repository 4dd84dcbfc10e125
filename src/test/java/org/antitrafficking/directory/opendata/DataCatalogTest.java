package org.antitrafficking.directory.opendata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /data.json is a Project Open Data (DCAT-US 1.1) catalog of every dataset the directory
 * publishes, whose links answer with the media types it states. It is fetched as a
 * visitor to the public site would: the site's host has a domain, as a contact's email
 * address must.
 */
class DataCatalogTest extends PageTest {

    private static final String SITE = "http://directory.example.org";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";

    @Autowired
    ReadModel directory;

    @Test
    void shouldBeAValidDcatUs11CatalogSaveForTheFederalOnlyCodes() throws Exception {
        MockHttpServletResponse response = pages.exchange(SITE + "/data.json").getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode catalog = JSON.readTree(response.getContentAsString());
        // bureauCode and programCode are the only requirements left out (DcatUsSchema
        // says why).
        Set<ValidationMessage> problems = DcatUsSchema.catalog().validate(catalog);
        assertThat(problems).isEmpty();
        assertThat(catalog.get("@type").asText()).isEqualTo("dcat:Catalog");
        assertThat(catalog.get("@id").asText()).isEqualTo(SITE + "/data.json");
        assertThat(catalog.get("conformsTo").asText()).isEqualTo("https://project-open-data.cio.gov/v1.1/schema");
    }

    /**
     * The schemas, resolved from local files, do check the datasets: a broken one is
     * refused.
     */
    @Test
    void shouldRefuseADatasetTheSchemaForbids() throws Exception {
        JsonNode catalog = JSON.readTree(pages.exchange(SITE + "/data.json").getResponse().getContentAsString());
        ObjectNode dataset = (ObjectNode) catalog.get("dataset").get(0);
        dataset.remove("title");
        ((ObjectNode) dataset.get("contactPoint")).put("hasEmail", "security@directory.example.org");
        ((ObjectNode) dataset.at("/distribution/0")).remove("mediaType");
        assertThat(DcatUsSchema.catalog().validate(catalog)).extracting(ValidationMessage::getMessage)
            .anyMatch(message -> message.contains("title"))
            .anyMatch(message -> message.contains("hasEmail"))
            .anyMatch(message -> message.contains("mediaType"))
            .noneMatch(message -> message.contains("bureauCode") || message.contains("programCode"));
    }

    @Test
    void shouldCatalogEveryExportAndTheApiUnderStableIdentifiers() throws Exception {
        JsonNode datasets = JSON.readTree(pages.exchange(SITE + "/data.json").getResponse().getContentAsString())
            .get("dataset");
        List<String> expected = new ArrayList<>(List.of("anti-trafficking-directory/csv"));
        DirectoryExport.NAMES.forEach(table -> expected.add("anti-trafficking-directory/csv/" + table));
        expected.addAll(List.of("anti-trafficking-directory/open-referral", "anti-trafficking-directory/api/v1"));
        assertThat(datasets.findValuesAsText("identifier")).containsExactlyElementsOf(expected);
        for (JsonNode dataset : datasets) {
            if (dataset.get("identifier").asText().startsWith("anti-trafficking-directory/csv/")) {
                assertThat(dataset.get("isPartOf").asText()).isEqualTo("anti-trafficking-directory/csv");
            }
        }
        JsonNode api = datasets.get(datasets.size() - 1);
        assertThat(api.at("/distribution/0/accessURL").asText()).isEqualTo(SITE + "/api/v1");
        assertThat(api.at("/distribution/0/describedBy").asText()).isEqualTo(SITE + "/v3/api-docs");
        assertThat(api.get("describedBy").asText()).isEqualTo(SITE + "/v3/api-docs");
    }

    @Test
    void shouldLinkFilesThatAnswerWithTheMediaTypesItStates() throws Exception {
        JsonNode datasets = JSON.readTree(pages.exchange(SITE + "/data.json").getResponse().getContentAsString())
            .get("dataset");
        List<JsonNode> downloads = datasets.findValues("distribution")
            .stream()
            .flatMap(list -> list.valueStream())
            .filter(distribution -> distribution.has("downloadURL"))
            .toList();
        assertThat(downloads).hasSize(DirectoryExport.NAMES.size() + 2);
        for (JsonNode download : downloads) {
            MockHttpServletResponse file = pages.exchange(download.get("downloadURL").asText()).getResponse();
            assertThat(file.getStatus()).as(download.get("downloadURL").asText()).isEqualTo(200);
            assertThat(file.getContentType()).as(download.get("downloadURL").asText())
                .startsWith(download.get("mediaType").asText());
        }
        MockHttpServletResponse document = pages.exchange(SITE + "/v3/api-docs").getResponse();
        assertThat(document.getContentType()).startsWith("application/json");
    }

    @Test
    void shouldSayEveryDatasetIsPublicCc0AndWhenTheDataLastChanged() throws Exception {
        JsonNode datasets = JSON.readTree(pages.exchange(SITE + "/data.json").getResponse().getContentAsString())
            .get("dataset");
        Instant changed = directory.snapshot().version().changedAt().truncatedTo(ChronoUnit.SECONDS);
        for (JsonNode dataset : datasets) {
            String name = dataset.get("identifier").asText();
            assertThat(dataset.get("license").asText()).as(name).isEqualTo(CC0);
            assertThat(dataset.get("accessLevel").asText()).as(name).isEqualTo("public");
            assertThat(Instant.parse(dataset.get("modified").asText())).as(name).isEqualTo(changed);
            assertThat(dataset.at("/publisher/name").asText()).as(name).isEqualTo("Federal Anti-Trafficking Directory");
            assertThat(dataset.at("/contactPoint/hasEmail").asText()).as(name)
                .isEqualTo("mailto:security@directory.example.org");
            assertThat(dataset.get("keyword")).as(name).isNotEmpty();
        }
    }

    @Test
    void shouldLinkTheCatalogAndStateTheLicenceOnTheOpenDataPage() {
        Document page = pages.get("/open-data");
        assertThat(page.select("a[href=/data.json]")).hasSize(1);
        assertThat(page.select("a[href=" + CC0 + "]")).hasSize(1);
        assertThat(page.text()).contains("public domain under CC0 1.0 Universal");
    }

}
