package org.antitrafficking.directory.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core finds no WCAG 2.1 A or AA violation on any type of page. */
class AccessibilityBrowserTest extends BrowserTest {

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
        assertNoWcag21AaViolations();
    }

}
