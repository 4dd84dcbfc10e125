package org.antitrafficking.directory.opendata;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Project Open Data catalog (DCAT-US 1.1), the {@code data.json} that data.gov and
 * other catalogs harvest: the shapes of its JSON, field for field as the schema names
 * them. Absent fields are null.
 */
record DataCatalog(@JsonProperty("@context") String context, @JsonProperty("@id") String id,
        @JsonProperty("@type") String type, String conformsTo, String describedBy, List<Dataset> dataset) {

    static final String SCHEMA = "https://project-open-data.cio.gov/v1.1/schema";

    static DataCatalog of(String id, List<Dataset> datasets) {
        return new DataCatalog(SCHEMA + "/catalog.jsonld", id, "dcat:Catalog", SCHEMA, SCHEMA + "/catalog.json",
                datasets);
    }

    record Dataset(@JsonProperty("@type") String type, String identifier, String title, String description,
            List<String> keyword, String modified, Publisher publisher, Contact contactPoint, String accessLevel,
            String license, String spatial, String accrualPeriodicity, List<String> language, String landingPage,
            String isPartOf, String conformsTo, String describedBy, String describedByType,
            List<Distribution> distribution) {
    }

    /**
     * A file to download ({@code downloadURL} and its media type) or an API to call
     * ({@code accessURL}).
     */
    record Distribution(@JsonProperty("@type") String type, String title, String format, String mediaType,
            @JsonProperty("downloadURL") String downloadUrl, @JsonProperty("accessURL") String accessUrl,
            String conformsTo, String describedBy, String describedByType) {

        static Distribution download(String title, String format, String mediaType, String url, String conformsTo) {
            return new Distribution("dcat:Distribution", title, format, mediaType, url, null, conformsTo, null, null);
        }

        /**
         * An API that answers JSON and conforms to the OpenAPI document that describes
         * it.
         */
        static Distribution api(String title, String url, String openApiDocument) {
            return new Distribution("dcat:Distribution", title, "API", "application/json", null, url, openApiDocument,
                    openApiDocument, "application/json");
        }
    }

    record Publisher(@JsonProperty("@type") String type, String name) {

        static Publisher organization(String name) {
            return new Publisher("org:Organization", name);
        }
    }

    record Contact(@JsonProperty("@type") String type, String fn, String hasEmail) {

        static Contact of(String name, String email) {
            return new Contact("vcard:Contact", name, "mailto:" + email);
        }
    }
}
