package org.antitrafficking.directory.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core's WCAG 2.1 A and AA rules, run on the page a browser shows. */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** The page has one h1, and axe-core finds no WCAG 2.1 A or AA violation on it. */
    static void assertNoWcag21AaViolations(WebDriver browser) {
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
