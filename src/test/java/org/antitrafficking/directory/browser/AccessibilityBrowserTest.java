package org.antitrafficking.directory.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no WCAG 2.1 A or AA violation on any type of page. */
class AccessibilityBrowserTest extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest
    @ValueSource(strings = { "/", "/hotlines", "/hotlines?purpose=report-tip", "/hotlines/hsi-tip-line", "/departments",
            "/departments/dhs", "/agencies", "/agencies/hsi", "/programs",
            "/programs?function=prosecution&department=dhs&page=2", "/programs?department=eeoc",
            "/programs/ccht-training", "/task-forces", "/task-forces/pitf", "/immigration-relief",
            "/immigration-relief/continued-presence", "/sources", "/sources/dhs-in-action", "/search?q=custums",
            "/search?q=forced%20labor", "/safety", "/agencies/unknown", "/programs?function=unknown",
            "/agencies?function=prosecution", "/task-forces?function=partnership", "/functions",
            "/functions/protection", "/task-forces/international-law-enforcement-academies" })
    void shouldHaveNoWcag21AaViolations(String path) {
        open(path);
        assertAccessible(browser);
    }

    /**
     * One h1, and no violation axe-core finds of WCAG 2.1 A or AA on the page open now.
     */
    static void assertAccessible(WebDriver browser) {
        assertThat(browser.findElements(By.tagName("h1"))).as("one h1").hasSize(1);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.isErrored()).as("axe ran").isFalse();
        assertThat(results.getPasses()).as("rules axe checked and found met").isNotEmpty();
        assertThat(results.getViolations()).as(describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
            .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                    + rule.getNodes()
                        .stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
    }

}
