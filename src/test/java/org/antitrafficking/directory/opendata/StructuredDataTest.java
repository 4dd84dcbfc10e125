package org.antitrafficking.directory.opendata;

import java.io.StringReader;
import java.net.URI;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema.org JSON-LD on record pages is valid JSON-LD: a JSON-LD processor expands it
 * into schema.org terms. The schema.org context is served from memory, as the tests have
 * no network.
 */
class StructuredDataTest extends PageTest {

    private static final String SCHEMA = "https://schema.org/";

    /** A stand-in for the schema.org context: every term in the schema.org vocabulary. */
    private static final DocumentLoader OFFLINE_SCHEMA_ORG = new DocumentLoader() {
        @Override
        public com.apicatalog.jsonld.document.Document loadDocument(URI url, DocumentLoaderOptions options)
                throws JsonLdError {
            assertThat(url.toString()).startsWith("https://schema.org");
            return JsonDocument.of(new StringReader("{\"@context\": {\"@vocab\": \"" + SCHEMA + "\"}}"));
        }
    };

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({ "/, WebSite", "/departments/dhs, GovernmentOrganization", "/agencies/hsi, GovernmentOrganization",
            "/task-forces/pitf, GovernmentOrganization", "/programs/blue-campaign, GovernmentService",
            "/immigration-relief/t-nonimmigrant-status, GovernmentService", "/hotlines/hsi-tip-line, GovernmentService",
            "/hotlines/emergency-911, GovernmentService", "/sources/dhs-in-action, CreativeWork" })
    void shouldExpandAsJsonLd(String path, String type) throws JsonLdError {
        JsonObject thing = expanded(path);
        assertThat(thing.getJsonArray("@type").getString(0)).isEqualTo(SCHEMA + type);
        assertOnlySchemaOrgTerms(thing);
    }

    @Test
    void shouldGiveAnAgencyItsParentAndContactTelephones() throws JsonLdError {
        JsonObject hsi = expanded("/agencies/hsi");
        JsonObject parent = hsi.getJsonArray(SCHEMA + "parentOrganization").getJsonObject(0);
        assertThat(parent.getJsonArray(SCHEMA + "url").getJsonObject(0).getString("@value")).endsWith("/agencies/ice");
        JsonArray contacts = hsi.getJsonArray(SCHEMA + "contactPoint");
        assertThat(contacts.stream()
            .map(contact -> contact.asJsonObject()
                .getJsonArray(SCHEMA + "telephone")
                .getJsonObject(0)
                .getString("@value")))
            .contains("+18663472423", "+18028726199");
    }

    @Test
    void shouldNameTheComponentThatRunsAProgramAsItsProvider() throws JsonLdError {
        assertThat(name(expanded("/programs/ccht-training").getJsonArray(SCHEMA + "provider").getJsonObject(0)))
            .isEqualTo("Center for Countering Human Trafficking");
        assertThat(name(expanded("/programs/blue-campaign").getJsonArray(SCHEMA + "provider").getJsonObject(0)))
            .as("the CCHT only supports the Blue Campaign")
            .isEqualTo("Department of Homeland Security");
    }

    @Test
    void shouldNotMakeTheFunderOfALineItsProvider() throws JsonLdError {
        JsonObject hotline = expanded("/hotlines/national-human-trafficking-hotline");
        assertThat(hotline.containsKey(SCHEMA + "provider")).isFalse();
        assertThat(expanded("/departments/hhs").containsKey(SCHEMA + "contactPoint")).isFalse();
    }

    /**
     * The properties of the schema.org vocabulary the directory uses; a misspelt one
     * would not be here.
     */
    private static final java.util.Set<String> SCHEMA_ORG_TERMS = java.util.Set.of("name", "alternateName",
            "description", "url", "sameAs", "subOrganization", "parentOrganization", "contactPoint", "contactType",
            "telephone", "hoursAvailable", "availableLanguage", "member", "provider", "serviceOperator", "serviceType",
            "audience", "availableChannel", "servicePhone", "serviceUrl", "publisher", "potentialAction", "target",
            "query-input");

    private static void assertOnlySchemaOrgTerms(JsonObject thing) {
        for (String key : thing.keySet()) {
            if (key.startsWith("@")) {
                continue;
            }
            assertThat(key).startsWith(SCHEMA);
            assertThat(SCHEMA_ORG_TERMS).contains(key.substring(SCHEMA.length()));
            thing.getJsonArray(key)
                .stream()
                .filter(value -> value instanceof JsonObject object && !object.containsKey("@value"))
                .forEach(value -> assertOnlySchemaOrgTerms(value.asJsonObject()));
        }
    }

    private static String name(JsonObject thing) {
        return thing.getJsonArray(SCHEMA + "name").getJsonObject(0).getString("@value");
    }

    @Test
    void shouldNotPutJsonLdOnListPages() {
        assertThat(pages.get("/programs").select("script[type=application/ld+json]")).isEmpty();
    }

    private JsonObject expanded(String path) throws JsonLdError {
        Document page = pages.get(path);
        Element script = page.selectFirst("head script[type=application/ld+json]");
        assertThat(script).as("JSON-LD on %s", path).isNotNull();
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(script.data())))
            .loader(OFFLINE_SCHEMA_ORG)
            .get();
        assertThat(expanded).hasSize(1);
        return expanded.getJsonObject(0);
    }

}
