package org.antitrafficking.directory.opendata.openreferral;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package check finds what a Frictionless validator would, so a clean result means
 * something.
 */
class TabularPackageTest {

    private static final String DESCRIPTOR = """
            {"profile": "tabular-data-package", "resources": [
              {"name": "organization", "path": "organizations.csv", "schema": {"primaryKey": "id", "fields": [
                {"name": "id", "type": "string", "format": "uuid", "constraints": {"required": true, "unique": true}},
                {"name": "name", "type": "string", "constraints": {"required": true}}]}},
              {"name": "service", "path": "services.csv", "schema": {"primaryKey": "id", "fields": [
                {"name": "id", "type": "string", "format": "uuid", "constraints": {"required": true, "unique": true}},
                {"name": "organization_id", "type": "string", "format": "uuid", "constraints": {"required": true}},
                {"name": "status", "type": "string", "constraints": {"enum": ["active", "inactive"]}},
                {"name": "last_modified", "type": "datetime"}],
                "foreignKeys": [{"fields": "organization_id", "reference": {"resource": "organization", "fields": "id"}}]}}]}
            """;

    private static final String ORGANIZATION = "9b3a1c52-58a4-3a3d-a8e6-2b0f3c8d7e11";

    @Test
    void shouldAcceptAPackageWhoseFilesMatchTheirSchemas() {
        TabularPackage pack = TabularPackage.of(entries("id,name\r\n" + ORGANIZATION + ",HSI\r\n",
                "id,organization_id,status,last_modified\r\n0f1e2d3c-4b5a-3968-8776-655443322110," + ORGANIZATION
                        + ",active,2026-11-22T05:58:16Z\r\n"));
        assertThat(pack.problems()).isEmpty();
        assertThat(pack.rows("service")).singleElement().extracting(row -> row.get("status")).isEqualTo("active");
    }

    @Test
    void shouldFindEveryKindOfProblem() {
        TabularPackage pack = TabularPackage
            .of(entries("id,name\r\n" + ORGANIZATION + ",\r\n" + ORGANIZATION + ",HSI\r\n",
                    "id,organization_id,status,last_modified\r\nnot-a-uuid,0f1e2d3c-4b5a-3968-8776-655443322110,closed,"
                            + "22/11/2026\r\n"));
        assertThat(pack.problems()).anySatisfy(problem -> assertThat(problem).contains("name: required but empty"))
            .anySatisfy(problem -> assertThat(problem).contains("id: \"" + ORGANIZATION + "\" is repeated"))
            .anySatisfy(problem -> assertThat(problem).contains("\"not-a-uuid\" is not a string (uuid)"))
            .anySatisfy(problem -> assertThat(problem).contains("\"closed\" is not one of"))
            .anySatisfy(problem -> assertThat(problem).contains("\"22/11/2026\" is not a datetime"))
            .anySatisfy(problem -> assertThat(problem)
                .contains("organization_id: \"0f1e2d3c-4b5a-3968-8776-655443322110\" names no organization.id"));
    }

    @Test
    void shouldFindFilesMissingUndescribedOrWithAnotherHeader() {
        Map<String, byte[]> entries = entries("id,title\r\n", "id,organization_id,status,last_modified\r\n");
        entries.put("extra.csv", "id\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(TabularPackage.of(entries).problems())
            .anySatisfy(problem -> assertThat(problem)
                .contains("organizations.csv: header [id, title] is not the fields [id, name]"))
            .anySatisfy(problem -> assertThat(problem).contains("extra.csv: not described"));
        entries.remove("services.csv");
        assertThat(TabularPackage.of(entries).problems()).contains("service: no file services.csv");
    }

    private static Map<String, byte[]> entries(String organizations, String services) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("datapackage.json", DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
        entries.put("organizations.csv", organizations.getBytes(StandardCharsets.UTF_8));
        entries.put("services.csv", services.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

}
