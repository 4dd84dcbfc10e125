package org.antitrafficking.directory.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor suggests a correction in a real browser, with the pages' own headers (so the
 * form's same-origin check meets what Chromium sends): from the record's page to the
 * form, a mistake answered with the form again, then the confirmation. axe-core finds no
 * violation on any of the three, and no cookie is set.
 */
class SuggestionBrowserTest extends BrowserTest {

    /** The form refuses one sent back sooner than 3 s after it was handed out. */
    private static final long FILL_TIME_MILLIS = 3_500;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldSuggestACorrectionFromARecordPage() throws InterruptedException {
        open("/hotlines/hsi-tip-line");
        clickAndWait(browser.findElement(By.cssSelector(".suggest-correction a")));
        long handedOut = System.currentTimeMillis();
        assertThat(currentPath()).isEqualTo("/suggest/hotline/hsi-tip-line");
        assertNoWcag21AaViolations();

        String proposed = "Weekdays 9 to 5 <b>" + UUID.randomUUID() + "</b>";
        new Select(browser.findElement(By.id("field"))).selectByValue("hours");
        browser.findElement(By.id("proposed")).sendKeys(proposed);
        // As long as a person would take at least.
        Thread.sleep(Math.max(0, handedOut + FILL_TIME_MILLIS - System.currentTimeMillis()));
        clickAndWait(browser.findElement(By.cssSelector(".suggestion-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("#problem-summary")).getText())
            .contains("Say where the right fact comes from");
        assertThat(browser.findElements(By.cssSelector("#problem-summary a")))
            .extracting(link -> link.getAttribute("hash"))
            .containsExactly("#evidence");
        assertThat(browser.findElement(By.id("proposed")).getAttribute("value")).isEqualTo(proposed);
        assertThat(new Select(browser.findElement(By.id("field"))).getFirstSelectedOption().getAttribute("value"))
            .isEqualTo("hours");
        assertNoWcag21AaViolations();

        WebElement evidence = browser.findElement(By.id("evidence"));
        evidence.sendKeys("https://www.ice.gov/webform/hsi-tip-form");
        // Sent again at once: a visitor who filled the form in once need not wait again.
        clickAndWait(browser.findElement(By.cssSelector(".suggestion-form button[type=submit]")));
        assertThat(currentPath()).as(browser.findElement(By.tagName("main")).getText()).isEqualTo("/suggest/received");
        assertThat(browser.findElement(By.tagName("h1")).getText())
            .isEqualTo("Thank you: your suggestion has been received");
        assertNoWcag21AaViolations();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM suggestion WHERE proposed_value = ?", Integer.class,
                proposed))
            .isEqualTo(1);
        assertThat(browser.manage().getCookies()).isEmpty();
    }

}
