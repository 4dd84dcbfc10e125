package org.antitrafficking.directory.opendata.openreferral;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.antitrafficking.directory.support.PageTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open Referral export is a tabular data package that its own descriptor accepts,
 * uses only tables and fields of HSDS 3.0 with every field HSDS requires, and holds the
 * directory's records.
 */
class OpenReferralPackageTest extends PageTest {

    private static final String ZIP = "/export/open-referral.zip";

    @Test
    void shouldPublishADataPackageThatItsOwnDescriptorAccepts() throws IOException {
        Map<String, byte[]> files = unzip();
        TabularPackage pack = TabularPackage.of(files);
        assertThat(pack.problems()).isEmpty();
        assertThat(files.keySet()).contains("datapackage.json", "organizations.csv", "programs.csv", "services.csv",
                "phones.csv", "schedules.csv", "languages.csv", "service_areas.csv", "locations.csv",
                "service_at_location.csv", "funding.csv", "taxonomies.csv", "taxonomy_terms.csv", "attributes.csv",
                "metadata.csv");
        JsonNode licence = pack.descriptor().at("/licenses/0");
        assertThat(licence.path("name").asText()).isEqualTo("CC0-1.0");
        assertThat(licence.path("path").asText()).isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(licence.path("title").asText()).isEqualTo("Creative Commons Zero v1.0 Universal");
    }

    @Test
    void shouldUseOnlyTablesAndFieldsOfHsdsWithEveryFieldItRequires() throws IOException {
        JsonNode standard = HsdsStandard.read("datapackage.json");
        Map<String, JsonNode> standardResources = new HashMap<>();
        standard.path("resources").forEach(resource -> standardResources.put(resource.path("name").asText(), resource));
        for (JsonNode resource : TabularPackage.of(unzip()).descriptor().path("resources")) {
            String name = resource.path("name").asText();
            JsonNode expected = standardResources.get(name);
            assertThat(expected).as("HSDS has a table %s", name).isNotNull();
            assertThat(resource.path("path").asText()).as("file of %s", name).isEqualTo(expected.path("path").asText());
            assertThat(resource.at("/schema/primaryKey")).as("primary key of %s", name)
                .isEqualTo(expected.at("/schema/primaryKey"));
            Map<String, JsonNode> expectedFields = new LinkedHashMap<>();
            expected.at("/schema/fields").forEach(field -> expectedFields.put(field.path("name").asText(), field));
            List<String> names = new ArrayList<>();
            for (JsonNode field : resource.at("/schema/fields")) {
                String fieldName = field.path("name").asText();
                names.add(fieldName);
                JsonNode standardField = expectedFields.get(fieldName);
                assertThat(standardField).as("HSDS has a field %s.%s", name, fieldName).isNotNull();
                for (String property : List.of("type", "format")) {
                    assertThat(field.path(property)).as("%s of %s.%s", property, name, fieldName)
                        .isEqualTo(standardField.path(property));
                }
                for (String constraint : List.of("required", "enum")) {
                    assertThat(field.at("/constraints/" + constraint)).as("%s of %s.%s", constraint, name, fieldName)
                        .isEqualTo(standardField.at("/constraints/" + constraint));
                }
                // The one deviation docs/open-referral.md explains: several programs may
                // belong to
                // one organization.
                boolean deviation = name.equals("program") && fieldName.equals("organization_id");
                assertThat(field.at("/constraints/unique").asBoolean()).as("unique of %s.%s", name, fieldName)
                    .isEqualTo(!deviation && standardField.at("/constraints/unique").asBoolean());
            }
            expectedFields.values()
                .stream()
                .filter(field -> field.at("/constraints/required").asBoolean())
                .forEach(field -> assertThat(names).as("required fields of %s", name)
                    .contains(field.path("name").asText()));
            assertThat(names).as("fields of %s in the standard's order", name)
                .isEqualTo(expectedFields.keySet().stream().filter(names::contains).toList());
            Set<JsonNode> standardKeys = new HashSet<>();
            expected.at("/schema/foreignKeys").forEach(standardKeys::add);
            resource.at("/schema/foreignKeys")
                .forEach(key -> assertThat(standardKeys).as("foreign keys of %s", name).contains(key));
        }
    }

    @Test
    void shouldLinkEveryAttributeAndParentToARecordThatExists() throws IOException {
        TabularPackage pack = TabularPackage.of(unzip());
        Map<String, Set<String>> idsByEntity = new HashMap<>();
        for (String entity : List.of("organization", "program", "service")) {
            idsByEntity.put(entity, ids(pack.rows(entity)));
        }
        List<Map<String, String>> attributes = pack.rows("attribute");
        assertThat(attributes).isNotEmpty().allSatisfy(attribute -> {
            assertThat(idsByEntity).containsKey(attribute.get("link_entity"));
            assertThat(idsByEntity.get(attribute.get("link_entity"))).contains(attribute.get("link_id"));
        });
        pack.rows("organization")
            .stream()
            .map(organization -> organization.get("parent_organization_id"))
            .filter(id -> !id.isEmpty())
            .forEach(id -> assertThat(idsByEntity.get("organization")).contains(id));
        pack.rows("metadata")
            .forEach(metadata -> assertThat(idsByEntity.get(metadata.get("resource_type")))
                .contains(metadata.get("resource_id")));
    }

    @Test
    void shouldShapeTheFourFunctionsAsATaxonomyAttachedToWhatCarriesThem() throws IOException {
        TabularPackage pack = TabularPackage.of(unzip());
        List<Map<String, String>> taxonomies = pack.rows("taxonomy");
        assertThat(taxonomies).extracting(taxonomy -> taxonomy.get("name"))
            .containsExactly("Functions of anti-trafficking work", "Law enforcement");
        List<Map<String, String>> terms = pack.rows("taxonomy_term")
            .stream()
            .filter(term -> term.get("taxonomy_id").equals(taxonomies.get(0).get("id")))
            .toList();
        assertThat(terms).extracting(term -> term.get("code"))
            .containsExactly("prevention", "protection", "prosecution", "partnership");
        Map<String, String> codes = new HashMap<>();
        terms.forEach(term -> codes.put(term.get("id"), term.get("code")));

        List<Map<String, String>> attributes = pack.rows("attribute");
        assertThat(attributes.stream().filter(attribute -> attribute.get("link_entity").equals("organization")))
            .hasSize(count("SELECT count(*) FROM component_function")
                    + count("SELECT count(*) FROM task_force_function"));
        // A plan of several departments has no organization, which an HSDS program needs.
        assertThat(attributes.stream().filter(attribute -> attribute.get("link_entity").equals("program")))
            .hasSize(count(
                    "SELECT count(*) FROM program_function f JOIN program p ON p.id = f.program_id WHERE NOT p.cross_agency"));
        assertThat(pack.rows("program")).hasSize(count("SELECT count(*) FROM program WHERE NOT cross_agency"));
        assertThat(attributes.stream()
            .filter(attribute -> attribute.get("link_id").equals(id("program", "blue-campaign")))
            .map(attribute -> codes.get(attribute.get("taxonomy_term_id"))))
            .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
                    SELECT f.function_slug FROM program_function f JOIN program p ON p.id = f.program_id
                    WHERE p.slug = 'blue-campaign'""", String.class));
    }

    /** The same answer, explanation and all, that the hotline pages give. */
    @Test
    void shouldSayOfEachLineWhetherWhatACallerSaysReachesLawEnforcement() throws IOException {
        TabularPackage pack = TabularPackage.of(unzip());
        String taxonomy = pack.rows("taxonomy")
            .stream()
            .filter(row -> row.get("name").equals("Law enforcement"))
            .findFirst()
            .orElseThrow()
            .get("id");
        Map<String, String> codes = new HashMap<>();
        pack.rows("taxonomy_term")
            .stream()
            .filter(term -> term.get("taxonomy_id").equals(taxonomy))
            .forEach(term -> codes.put(term.get("id"), term.get("code")));
        assertThat(codes.values()).containsExactlyInAnyOrder("law-enforcement-yes", "law-enforcement-no",
                "law-enforcement-limited");
        List<Map<String, String>> answers = pack.rows("attribute")
            .stream()
            .filter(attribute -> codes.containsKey(attribute.get("taxonomy_term_id")))
            .toList();
        List<Map<String, Object>> lines = jdbc.queryForList("""
                SELECT slug, law_enforcement_sharing, law_enforcement_note FROM hotline
                WHERE law_enforcement_sharing IS NOT NULL AND operator_role IS NOT NULL""");
        assertThat(answers).hasSameSizeAs(lines);
        for (Map<String, Object> line : lines) {
            assertThat(answers).anySatisfy(attribute -> {
                assertThat(attribute.get("link_id")).isEqualTo(id("hotline", (String) line.get("slug")));
                assertThat(attribute.get("link_entity")).isEqualTo("service");
                assertThat(codes.get(attribute.get("taxonomy_term_id")))
                    .isEqualTo("law-enforcement-" + line.get("law_enforcement_sharing"));
                assertThat(attribute.get("value")).isEqualTo(line.get("law_enforcement_note"));
            });
        }
        assertThat(answers).anySatisfy(attribute -> assertThat(codes.get(attribute.get("taxonomy_term_id")))
            .isEqualTo("law-enforcement-limited"));
    }

    @Test
    void shouldTellReadersOfEveryReliefServiceThatItIsNoLegalAdvice() throws IOException {
        Set<String> reliefIds = new HashSet<>();
        jdbc.queryForList("SELECT slug FROM relief_type", String.class)
            .forEach(slug -> reliefIds.add(id("relief-type", slug)));
        List<Map<String, String>> relief = TabularPackage.of(unzip())
            .rows("service")
            .stream()
            .filter(service -> reliefIds.contains(service.get("id")))
            .toList();
        assertThat(relief).hasSize(reliefIds.size())
            .allSatisfy(service -> assertThat(service.get("description")).endsWith(
                    "This is a summary to help you find your way, not legal advice. For advice on your own situation, "
                            + "speak to a licensed immigration attorney or to a representative accredited by the Department of "
                            + "Justice. Do not pay a notario or consultant who is neither: USCIS warns that they can do harm to your case."));
    }

    @Test
    void shouldGiveEveryServiceItsAreaEveryLineAVirtualLocationAndTheFunderItsFunding() throws IOException {
        TabularPackage pack = TabularPackage.of(unzip());
        List<Map<String, String>> services = pack.rows("service");
        assertThat(services).hasSize(count("SELECT count(*) FROM hotline WHERE operator_role IS NOT NULL")
                + count("SELECT count(*) FROM relief_type"));
        assertThat(pack.rows("service_area")).extracting(area -> area.get("service_id"))
            .containsExactlyInAnyOrderElementsOf(ids(services));
        assertThat(pack.rows("service_area"))
            .allSatisfy(area -> assertThat(area.get("name")).isEqualTo("United States"));

        List<String> lines = jdbc.queryForList("SELECT slug FROM hotline WHERE operator_role IS NOT NULL",
                String.class);
        Map<String, String> locationTypes = new HashMap<>();
        pack.rows("location").forEach(location -> locationTypes.put(location.get("id"), location.get("location_type")));
        assertThat(pack.rows("service_at_location")).hasSameSizeAs(lines)
            .allSatisfy(link -> assertThat(locationTypes.get(link.get("location_id"))).isEqualTo("virtual"));
        assertThat(pack.rows("service_at_location")).extracting(link -> link.get("service_id"))
            .containsExactlyInAnyOrderElementsOf(lines.stream().map(slug -> id("hotline", slug)).toList());

        List<Map<String, Object>> funded = jdbc.queryForList("""
                SELECT h.slug, d.name FROM hotline h JOIN department d ON d.id = h.department_id
                WHERE h.operator_role = 'funds'""");
        assertThat(funded).extracting(line -> line.get("slug")).contains("national-human-trafficking-hotline");
        assertThat(pack.rows("funding")).hasSameSizeAs(funded);
        for (Map<String, Object> line : funded) {
            assertThat(pack.rows("funding")).anySatisfy(funding -> {
                assertThat(funding.get("service_id")).isEqualTo(id("hotline", (String) line.get("slug")));
                assertThat(funding.get("source")).contains((String) line.get("name"));
            });
        }
    }

    @Test
    void shouldKeepPhonesSchedulesAndLanguagesOfTheLines() throws IOException {
        TabularPackage pack = TabularPackage.of(unzip());
        List<Map<String, String>> phones = pack.rows("phone");
        assertThat(phones).extracting(phone -> phone.get("number"))
            .contains("1-866-347-2423", "233733", "802-527-4888");
        assertThat(phones).allSatisfy(phone -> assertThat(phone.get("type")).isIn("voice", "text", "textphone"));
        assertThat(phones).hasSize(count("SELECT count(*) FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id "
                + "WHERE c.kind IN ('voice', 'text', 'tty') AND h.operator_role IS NOT NULL"));
        assertThat(pack.rows("schedule")).isNotEmpty().allSatisfy(schedule -> {
            assertThat(schedule.get("byday")).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
            assertThat(schedule.get("opens_at")).isEqualTo("00:00:00");
        });
        assertThat(pack.rows("language")).extracting(language -> language.get("note"))
            .contains("Interpreters in 200+ languages on calls");
        // Interpreters are stated for calls: a line's languages are its voice numbers',
        // not its text line's or TTY's.
        Map<String, String> types = new HashMap<>();
        phones.forEach(phone -> types.put(phone.get("id"), phone.get("type")));
        assertThat(pack.rows("language")).isNotEmpty()
            .allSatisfy(language -> assertThat(types.get(language.get("phone_id"))).isEqualTo("voice"));
    }

    @Test
    void shouldDateEveryRecordsLastChangeByTheDataVersion() throws IOException {
        TabularPackage pack = TabularPackage.of(unzip());
        long version = jdbc.queryForObject("SELECT version FROM data_version", Long.class);
        OffsetDateTime changedAt = jdbc.queryForObject("SELECT changed_at FROM data_version", OffsetDateTime.class)
            .withOffsetSameInstant(ZoneOffset.UTC);
        List<Map<String, String>> metadata = pack.rows("metadata");
        assertThat(metadata)
            .hasSize(pack.rows("organization").size() + pack.rows("program").size() + pack.rows("service").size());
        assertThat(metadata).allSatisfy(row -> {
            assertThat(row.get("last_action_date")).isEqualTo(changedAt.toLocalDate().toString());
            assertThat(row.get("replacement_value")).isEqualTo(Long.toString(version));
        });
        assertThat(pack.rows("service")).allSatisfy(service -> assertThat(service.get("last_modified"))
            .isEqualTo(changedAt.toInstant().truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    @Test
    void shouldKeepEveryIdentifierWhenTheDataChanges() throws Exception {
        Map<String, Set<String>> before = idsByFile(unzip());
        assertThat(before.get("organizations.csv")).contains(id("agency", "hsi"), id("department", "dhs"));
        String original = jdbc.queryForObject("SELECT description FROM department WHERE slug = 'dol'", String.class);
        String changed = "Changed for a moment by a test of stable identifiers.";
        try {
            jdbc.update("UPDATE department SET description = ? WHERE slug = 'dol'", changed);
            waitUntil(
                    () -> new String(unzipQuietly().get("organizations.csv"), StandardCharsets.UTF_8).contains(changed),
                    Duration.ofSeconds(10));
            assertThat(idsByFile(unzip())).isEqualTo(before);
        }
        finally {
            jdbc.update("UPDATE department SET description = ? WHERE slug = 'dol'", original);
            waitUntil(() -> !new String(unzipQuietly().get("organizations.csv"), StandardCharsets.UTF_8)
                .contains(changed), Duration.ofSeconds(10));
        }
    }

    /** The name-based UUID of a record of the directory, as published. */
    private static String id(String kind, String slug) {
        return UUID.nameUUIDFromBytes((kind + ":" + slug).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Set<String> ids(List<Map<String, String>> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.get("id")));
        return ids;
    }

    private static Map<String, Set<String>> idsByFile(Map<String, byte[]> files) {
        TabularPackage pack = TabularPackage.of(files);
        Map<String, Set<String>> ids = new HashMap<>();
        for (JsonNode resource : pack.descriptor().path("resources")) {
            ids.put(resource.path("path").asText(), ids(pack.rows(resource.path("name").asText())));
        }
        return ids;
    }

    private Map<String, byte[]> unzipQuietly() {
        try {
            return unzip();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Map<String, byte[]> unzip() throws IOException {
        MockHttpServletResponse response = pages.exchange(ZIP).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

}
