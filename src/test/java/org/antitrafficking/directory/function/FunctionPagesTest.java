package org.antitrafficking.directory.function;

import java.util.List;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything tagged with a function can be found by it: offices, task forces and programs
 * alike.
 */
class FunctionPagesTest extends PageTest {

    @Test
    void shouldFindTheProsecutionUnitsByTheirFunction() {
        Document page = pages.get("/functions/prosecution");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Prosecution");
        assertThat(hrefs(page, "#agencies-heading")).contains("/agencies/htpu", "/agencies/ceos",
                "/agencies/us-attorneys-offices");
        assertThat(pages.get("/agencies?function=prosecution").select("main .record-list h4 a"))
            .extracting(a -> a.attr("href"))
            .contains("/agencies/htpu", "/agencies/ceos");
    }

    @ParameterizedTest
    @ValueSource(strings = { "prevention", "protection", "prosecution", "partnership" })
    void shouldGatherAndCountEveryKindOfRecordTaggedWithTheFunction(String function) {
        Document page = pages.get("/functions/" + function);
        List<String> agencies = slugs(
                "SELECT c.slug FROM component c JOIN component_function f ON f.component_id = c.id WHERE f.function_slug = ?",
                function);
        List<String> taskForces = slugs(
                "SELECT t.slug FROM task_force t JOIN task_force_function f ON f.task_force_id = t.id WHERE f.function_slug = ?",
                function);
        List<String> programs = slugs(
                "SELECT p.slug FROM program p JOIN program_function f ON f.program_id = p.id WHERE f.function_slug = ?",
                function);
        assertThat(agencies.size() + taskForces.size() + programs.size()).as("records doing %s", function).isPositive();
        assertThat(hrefs(page, "#agencies-heading"))
            .containsExactlyInAnyOrderElementsOf(prefixed("/agencies/", agencies));
        assertThat(hrefs(page, "#task-forces-heading"))
            .containsExactlyInAnyOrderElementsOf(prefixed("/task-forces/", taskForces));
        assertThat(hrefs(page, "#programs-heading"))
            .containsExactlyInAnyOrderElementsOf(prefixed("/programs/", programs));
        assertThat(page.selectFirst("#agencies-heading").text()).endsWith("(" + agencies.size() + ")");
        assertThat(page.selectFirst("#task-forces-heading").text()).endsWith("(" + taskForces.size() + ")");
        assertThat(page.selectFirst("#programs-heading").text()).endsWith("(" + programs.size() + ")");
    }

    @Test
    void shouldListTheFourFunctionsWithTheirCounts() {
        Document page = pages.get("/functions");
        assertThat(page.select("main .record-list h2 a")).extracting(a -> a.attr("href"))
            .containsExactly("/functions/prevention", "/functions/protection", "/functions/prosecution",
                    "/functions/partnership");
        int agencies = count("SELECT count(*) FROM component_function WHERE function_slug = 'prosecution'");
        assertThat(page.select("main .record-list li").get(2).text()).contains(agencies + " agencies and offices");
    }

    @Test
    void shouldLinkEveryFunctionTagOfARecordToItsPage() {
        Document page = pages.get("/agencies/htpu");
        assertThat(page.select("main .tag-list a")).extracting(a -> a.attr("href"))
            .containsExactly("/functions/prosecution");
    }

    @Test
    void shouldAnswer404ForAnUnknownFunction() {
        assertThat(pages.getWithStatus("/functions/rescue", 404).selectFirst("main").text()).contains("(Function)");
    }

    private List<String> slugs(String sql, String function) {
        return jdbc.queryForList(sql, String.class, function);
    }

    private static List<String> prefixed(String prefix, List<String> slugs) {
        return slugs.stream().map(slug -> prefix + slug).toList();
    }

    private static List<String> hrefs(Document page, String heading) {
        Element section = page.selectFirst(heading).parent();
        return section.select("ul a").stream().map(a -> a.attr("href")).toList();
    }

}
