package org.antitrafficking.directory.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on any type of page, in English and in
 * Spanish.
 */
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

    @ParameterizedTest
    @ValueSource(strings = { "/es/", "/es/hotlines", "/es/hotlines?purpose=report-tip", "/es/hotlines/hsi-tip-line",
            "/es/departments", "/es/departments/dhs", "/es/agencies", "/es/agencies/hsi", "/es/programs",
            "/es/programs?function=prosecution&department=dhs&page=2", "/es/programs/ccht-training", "/es/task-forces",
            "/es/task-forces/pitf", "/es/immigration-relief", "/es/immigration-relief/continued-presence",
            "/es/sources", "/es/sources/dhs-in-action", "/es/search?q=visa", "/es/safety", "/es/agencies/unknown",
            "/es/programs?function=unknown", "/es/functions", "/es/functions/protection", "/es/changes",
            "/es/open-data" })
    void shouldHaveNoWcag21AaViolationsInSpanish(String path) {
        open(path);
        assertNoWcag21AaViolations();
    }

}
