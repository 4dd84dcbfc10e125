package org.antitrafficking.directory.opendata.openreferral;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /hsds}, a springdoc group of its own at
 * {@value #DOCUMENT}. As HSDS's own openapi.json does, it gives each response by
 * reference to the standard's published schemas (compiled service and organization
 * schemas, taxonomy and taxonomy term) inside its {@code Page}, rather than describing
 * the nested records again.
 */
@Configuration(proxyBeanMethods = false)
class HsdsOpenApi {

    static final String GROUP = "hsds";

    static final String DOCUMENT = "/v3/api-docs/" + GROUP;

    private static final String SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    /**
     * What each path answers with: a single record, or a page of them (the value ending
     * in []).
     */
    private static final Map<String, String> RESPONSES = responses();

    @Bean
    GroupedOpenApi hsdsApiGroup() {
        return GroupedOpenApi.builder()
            .group(GROUP)
            .displayName("Open Referral HSDS 3.0")
            .pathsToMatch(HsdsController.ROOT, HsdsController.ROOT + "/**")
            .addOpenApiCustomizer(HsdsOpenApi::describe)
            .build();
    }

    private static void describe(OpenAPI api) {
        api.info(new Info().title("Federal Anti-Trafficking Directory: Open Referral API")
            .version(HsdsController.VERSION)
            .description("The directory's services (hotlines and forms of immigration relief), organizations "
                    + "(departments, agencies and task forces) and the four functions of anti-trafficking work as a "
                    + "taxonomy, read-only, as the API reference of the Open Referral Human Services Data "
                    + "Specification (HSDS) 3.0 defines them. Collections are paged with page (from 1) and per_page "
                    + "(at most 100); unknown query parameters are refused; errors are RFC 9457 problem details. "
                    + "The same records are in /export/open-referral.zip as an HSDS tabular data package.")
            .license(new License().name("CC0-1.0").url("https://creativecommons.org/publicdomain/zero/1.0/")));
        api.getPaths().remove(HsdsController.ROOT);
        api.getPaths().forEach((path, item) -> {
            String response = RESPONSES.get(path);
            if (response != null) {
                describe(item,
                        response.endsWith("[]") ? page(response.substring(0, response.length() - 2)) : ref(response));
            }
        });
        // The records' own schemas are the standard's; only the page and the problem
        // detail are this document's.
        Components components = (api.getComponents() != null) ? api.getComponents() : new Components();
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("Page", pageSchema());
        if (components.getSchemas() != null && components.getSchemas().containsKey("ProblemDetail")) {
            schemas.put("ProblemDetail", components.getSchemas().get("ProblemDetail"));
        }
        api.components(components.schemas(schemas));
    }

    private static void describe(PathItem item, Schema<?> schema) {
        Operation get = item.getGet();
        ApiResponse ok = get.getResponses().get("200");
        ok.setDescription(get.getSummary());
        ok.setContent(new Content().addMediaType("application/json", new MediaType().schema(schema)));
    }

    private static Map<String, String> responses() {
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put(HsdsController.ROOT + "/", "about");
        responses.put(HsdsController.ROOT + "/services", SCHEMAS + "compiled/service_list.json[]");
        responses.put(HsdsController.ROOT + "/services/{id}", SCHEMAS + "compiled/service.json");
        responses.put(HsdsController.ROOT + "/organizations", SCHEMAS + "compiled/organization_list.json[]");
        responses.put(HsdsController.ROOT + "/organizations/{id}", SCHEMAS + "compiled/organization.json");
        responses.put(HsdsController.ROOT + "/taxonomies", SCHEMAS + "taxonomy.json[]");
        responses.put(HsdsController.ROOT + "/taxonomies/{id}", SCHEMAS + "taxonomy.json");
        responses.put(HsdsController.ROOT + "/taxonomy_terms", SCHEMAS + "taxonomy_term.json[]");
        responses.put(HsdsController.ROOT + "/taxonomy_terms/{id}", SCHEMAS + "taxonomy_term.json");
        return responses;
    }

    private static Schema<?> ref(String schema) {
        if (schema.equals("about")) {
            return object("What the API is: its HSDS version, its profile and its OpenAPI document.")
                .addProperty("version", string("The HSDS version of this API."))
                .addProperty("profile",
                        string("The address of the HSDS profile of this API: none, so HSDS 3.0 itself.").format("uri"))
                .addProperty("openapi_url", string("The address of this OpenAPI document.").format("uri"));
        }
        return new JsonSchema().raw$ref(schema);
    }

    /**
     * A page holding records of the referenced schema, as HSDS's openapi.json writes it.
     */
    private static Schema<?> page(String itemSchema) {
        Schema<?> contents = new JsonSchema().typesItem("array")
            .description("The records on this page.")
            .items(new JsonSchema().raw$ref(itemSchema));
        return new JsonSchema().addAllOfItem(new JsonSchema().raw$ref("#/components/schemas/Page"))
            .addProperty("contents", contents);
    }

    private static Schema<?> pageSchema() {
        return object("One page of a collection: pages are counted from 1; size is the number of records on this page.")
            .addProperty("total_items", integer("How many records the whole collection holds."))
            .addProperty("total_pages", integer("How many pages the collection fills."))
            .addProperty("page_number", integer("This page's number, from 1."))
            .addProperty("size", integer("How many records this page holds."))
            .addProperty("first_page", bool("Whether this is the first page."))
            .addProperty("last_page", bool("Whether this is the last page."))
            .addProperty("empty", bool("Whether the collection holds no records at all."));
    }

    private static Schema<?> object(String description) {
        return new JsonSchema().typesItem("object").description(description);
    }

    private static Schema<?> string(String description) {
        return new JsonSchema().typesItem("string").description(description);
    }

    private static Schema<?> integer(String description) {
        return new JsonSchema().typesItem("integer").description(description);
    }

    private static Schema<?> bool(String description) {
        return new JsonSchema().typesItem("boolean").description(description);
    }

}
