package org.antitrafficking.directory.function;

import java.util.List;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agencies and task forces lists, and the API's, take the programs list's function
 * filter.
 */
class FunctionFiltersTest extends PageTest {

    @Test
    void shouldFilterAgenciesByAnyOfTheFunctions() {
        Document page = pages.get("/agencies?function=prosecution&function=partnership");
        List<String> expected = jdbc.queryForList("""
                SELECT DISTINCT c.slug FROM component c JOIN component_function f ON f.component_id = c.id
                WHERE f.function_slug IN ('prosecution', 'partnership')""", String.class);
        assertThat(page.select("main .record-list h4 a")).extracting(a -> a.attr("href").replace("/agencies/", ""))
            .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page.selectFirst("main [role=status]").text()).isEqualTo(expected.size() + " agencies and offices");
        assertThat(page.select(".filter-chips a")).extracting(Element::text)
            .containsExactly("Prosecution ×", "Partnership ×", "Clear all filters");
        assertThat(page.select(".filter-chips a")).extracting(a -> a.attr("href"))
            .containsExactly("/agencies?function=partnership", "/agencies?function=prosecution", "/agencies");
        assertThat(page.selectFirst("input#function-prosecution").hasAttr("checked")).isTrue();
    }

    @Test
    void shouldShowEveryAgencyInItsPlaceWithoutAFilter() {
        Document page = pages.get("/agencies");
        assertThat(page.select("main .tree a")).hasSize(count("SELECT count(*) FROM component"));
        assertThat(page.select("main [role=status]")).isEmpty();
    }

    @Test
    void shouldFilterTaskForcesByFunction() {
        Document page = pages.get("/task-forces?function=protection");
        List<String> expected = jdbc.queryForList("""
                SELECT t.slug FROM task_force t JOIN task_force_function f ON f.task_force_id = t.id
                WHERE f.function_slug = 'protection'""", String.class);
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(page.select("main .record-list h2 a")).extracting(a -> a.attr("href").replace("/task-forces/", ""))
            .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page.selectFirst("main [role=status]").text()).isEqualTo(expected.size() + " task forces");
        // No source says any task force prevents trafficking (issue 16), and the page
        // says so plainly.
        assertThat(pages.get("/task-forces?function=prevention").selectFirst("main [role=status]").text())
            .isEqualTo(count("SELECT count(*) FROM task_force_function WHERE function_slug = 'prevention'") == 0
                    ? "No task force" : "task forces doing prevention");
    }

    @Test
    void shouldPointFromFilteredProgramsToTheOfficesAndTaskForcesOfTheSameFunction() {
        Document page = pages.get("/programs?function=prosecution");
        Element related = page.selectFirst("main .related-records");
        assertThat(related.select("a")).extracting(a -> a.attr("href"))
            .containsExactly("/agencies?function=prosecution", "/task-forces?function=prosecution");
        assertThat(related.text())
            .contains(count("SELECT count(*) FROM component_function WHERE function_slug = 'prosecution'")
                    + " agencies and offices");
        assertThat(pages.get("/programs").select("main .related-records")).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownFunctionOnEveryList() {
        for (String list : List.of("/agencies", "/task-forces", "/programs")) {
            assertThat(pages.getWithStatus(list + "?function=rescue", 400).selectFirst("main").text()).as(list)
                .contains("no function called “rescue”");
        }
    }

    @Test
    void shouldFilterTheApiAndExportWhatEachFunctionTags() throws Exception {
        JsonNode agencies = JsonMapper.shared()
            .readTree(pages.exchange("/api/v1/agencies?function=prosecution&size=100")
                .getResponse()
                .getContentAsString());
        assertThat(agencies.get("items").valueStream().map(item -> item.at("/link/slug").asString()).toList())
            .contains("htpu", "ceos")
            .hasSize(count("SELECT count(*) FROM component_function WHERE function_slug = 'prosecution'"));
        JsonNode taskForces = JsonMapper.shared()
            .readTree(pages.exchange("/api/v1/task-forces?function=prevention").getResponse().getContentAsString());
        assertThat(taskForces.at("/page/totalElements").asInt())
            .isEqualTo(count("SELECT count(*) FROM task_force_function WHERE function_slug = 'prevention'"));
        JsonNode prosecution = JsonMapper.shared()
            .readTree(pages.exchange("/api/v1/functions/prosecution").getResponse().getContentAsString());
        assertThat(prosecution.get("agencies").valueStream().map(item -> item.at("/link/slug").asString()).toList())
            .contains("htpu", "ceos");
        String csv = pages.exchange("/export/functions.csv").getResponse().getContentAsString();
        assertThat(csv.lines()).contains("prosecution,agency,htpu,Human Trafficking Prosecution Unit")
            .hasSize(1 + count("SELECT count(*) FROM component_function")
                    + count("SELECT count(*) FROM task_force_function")
                    + count("SELECT count(*) FROM program_function"));
    }

}
