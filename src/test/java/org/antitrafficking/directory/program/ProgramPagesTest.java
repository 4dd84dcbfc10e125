package org.antitrafficking.directory.program;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.antitrafficking.directory.support.PageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramPagesTest extends PageTest {

    @Test
    void shouldListEveryProgramAcrossThePages() {
        int total = count("SELECT count(*) FROM program");
        Document first = pages.get("/programs");
        assertThat(first.selectFirst("main [role=status]").text()).isEqualTo(total + " programs");
        Set<String> listed = new TreeSet<>();
        int pageCount = (total + ProgramService.PAGE_SIZE - 1) / ProgramService.PAGE_SIZE;
        for (int page = 1; page <= pageCount; page++) {
            listed.addAll(programSlugs(pages.get("/programs?page=" + page)));
        }
        assertThat(listed)
            .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT slug FROM program", String.class));
    }

    @Test
    void shouldFilterByFunction() {
        Document page = pages.get("/programs?function=prosecution");
        int expected = count("SELECT count(*) FROM program_function WHERE function_slug = 'prosecution'");
        assertThat(page.selectFirst("main [role=status]").text()).isEqualTo(expected + " programs");
        for (String slug : programSlugs(page)) {
            assertThat(functionsOf(slug)).as("functions of %s", slug).contains("prosecution");
        }
        assertThat(page.select(".filter-chips a")).extracting(Element::text).contains("Prosecution ×");
        assertThat(page.selectFirst("input#function-prosecution").hasAttr("checked")).isTrue();
    }

    @Test
    void shouldTreatRepeatedFunctionsAsAnyOfThem() {
        Document page = pages.get("/programs?function=prevention&function=partnership");
        int expected = count(
                "SELECT count(DISTINCT program_id) FROM program_function WHERE function_slug IN ('prevention', 'partnership')");
        assertThat(page.selectFirst("main [role=status]").text()).isEqualTo(expected + " programs");
    }

    @Test
    void shouldCombineFunctionDepartmentAndKind() {
        Document page = pages.get("/programs?function=prosecution&department=dhs&kind=training");
        int expected = count(
                """
                        SELECT count(*) FROM program p JOIN department d ON d.id = p.department_id
                        WHERE d.slug = 'dhs' AND p.kind = 'training'
                          AND EXISTS (SELECT 1 FROM program_function f WHERE f.program_id = p.id AND f.function_slug = 'prosecution')""");
        assertThat(expected).isPositive();
        assertThat(page.selectFirst("main [role=status]").text()).isEqualTo(expected + " programs");
        assertThat(page.select(".filter-chips a")).extracting(Element::text)
            .containsExactly("Prosecution ×", "Department: Department of Homeland Security ×", "Training ×",
                    "Clear all filters");
        assertThat(page.select("#filter-department option[selected]")).extracting(Element::val).containsExactly("dhs");
        assertThat(page.select("#filter-kind option[selected]")).extracting(Element::val).containsExactly("training");
    }

    @Test
    void shouldRemoveOnlyTheChosenFilterFromAChip() {
        Document page = pages.get("/programs?function=prosecution&department=dhs&page=2");
        assertThat(page.select(".filter-chips a")).extracting(a -> a.attr("href"))
            .containsExactly("/programs?department=dhs", "/programs?function=prosecution", "/programs");
    }

    @Test
    void shouldKeepTheFiltersOnPageLinks() {
        Document page = pages.get("/programs?function=prosecution&department=dhs");
        // In the canonical order, by name, that the page cache keeps pages under.
        assertThat(page.select(".usa-pagination a.usa-pagination__button")).extracting(a -> a.attr("href"))
            .containsExactly("/programs?department=dhs&function=prosecution",
                    "/programs?department=dhs&function=prosecution&page=2");
        Document second = pages.get("/programs?function=prosecution&department=dhs&page=2");
        assertThat(second.selectFirst(".usa-pagination [aria-current=page]").text()).isEqualTo("2");
        assertThat(second.selectFirst(".usa-pagination__previous-page").attr("href"))
            .isEqualTo("/programs?department=dhs&function=prosecution");
        assertThat(programSlugs(second)).isNotEmpty().doesNotContainAnyElementsOf(programSlugs(page));
    }

    @Test
    void shouldFindProgramsByWords() {
        Document page = pages.get("/programs?q=webinars");
        assertThat(programSlugs(page)).contains("ccht-continued-presence-webinars", "continued-presence-program");
        assertThat(page.select(".filter-chips a")).extracting(Element::text).contains("Words: webinars ×");
    }

    @Test
    void shouldSayWhenNothingMatchesAndOfferToClearTheFilters() {
        Document page = pages.get("/programs?department=eeoc");
        assertThat(page.selectFirst("main [role=status]").text()).isEqualTo("No programs match");
        assertThat(page.selectFirst(".usa-alert").text()).contains("No program matches");
        assertThat(page.select(".usa-alert a[href=/programs]")).hasSize(1);
    }

    @Test
    void shouldRefuseUnknownFilterValuesWithAClearMessage() {
        assertThat(pages.getWithStatus("/programs?function=rescue", 400).selectFirst("main").text())
            .contains("no function called “rescue”");
        assertThat(pages.getWithStatus("/programs?department=nasa", 400).selectFirst("main").text())
            .contains("no department with the short name “nasa”");
        assertThat(pages.getWithStatus("/programs?kind=party", 400).selectFirst("main").text())
            .contains("no kind of program called “party”");
        assertThat(pages.getWithStatus("/programs?page=zero", 400).selectFirst("main").text())
            .contains("“zero” is not a page number");
        assertThat(pages.getWithStatus("/programs?page=0", 400).selectFirst("main").text())
            .contains("“0” is not a page number");
        assertThat(pages.getWithStatus("/programs?function=prosecution&page=40", 400).selectFirst("main").text())
            .contains("There is no page 40");
    }

    @Test
    void shouldRefuseAPageFarBeyondTheLast() {
        assertThat(pages.getWithStatus("/programs?page=300000000", 400).selectFirst("main").text())
            .contains("There is no page 300,000,000: these results fill "
                    + ((count("SELECT count(*) FROM program") + 9) / 10) + " pages");
    }

    @Test
    void shouldIgnoreAWordsFilterWithoutWords() {
        Document page = pages.get("/programs?q=a");
        assertThat(page.selectFirst("main [role=status]").text())
            .isEqualTo(count("SELECT count(*) FROM program") + " programs");
    }

    @Test
    void shouldEncodeUnusualWordsInTheLinksThatKeepThem() {
        Document page = pages.get("/programs?q=%7Bblue%7D&function=prevention");
        assertThat(page.select(".filter-chips a")).extracting(a -> a.attr("href"))
            .contains("/programs?q=%7Bblue%7D", "/programs?function=prevention");
        assertThat(programSlugs(page)).contains("blue-campaign");
    }

    @Test
    void shouldShowAProgramWithItsOperatorsPartsAndSources() {
        Document page = pages.get("/programs/ccht-training");
        assertThat(page.selectFirst("h1").text()).isEqualTo("CCHT human trafficking training");
        assertThat(page.select("a[href=/agencies/ccht]")).isNotEmpty();
        assertThat(page.select("#parts-heading + ul a")).hasSize(6);
        assertThat(page.select(".provenance a[href=/sources/dhs-in-action]")).hasSize(1);
    }

    @Test
    void shouldAnswer404ForAnUnknownProgram() {
        Document page = pages.getWithStatus("/programs/no-such-program", 404);
        assertThat(page.selectFirst("h1").text()).isEqualTo("We could not find that page");
        assertThat(page.select("[data-quick-exit]")).hasSize(2);
    }

    private List<String> programSlugs(Document page) {
        return page.select(".record-list h3 a").stream().map(a -> a.attr("href").replace("/programs/", "")).toList();
    }

    private List<String> functionsOf(String slug) {
        return jdbc.queryForList(
                """
                        SELECT f.function_slug FROM program_function f JOIN program p ON p.id = f.program_id WHERE p.slug = ?""",
                String.class, slug);
    }

}
