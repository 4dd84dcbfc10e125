package org.antitrafficking.directory.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick exit, held to GOV.UK's "Exit this page": a button and a first link that leave
 * at once, three presses of Shift within five seconds with a visible count, a blank page
 * before the neutral site loads, and no way back to the content through Back or the
 * back/forward cache.
 */
class QuickExitBrowserTest extends BrowserTest {

    private static final String BUTTON = ".safety-bar [data-quick-exit]";

    @Test
    void shouldLeaveForTheNeutralPageAndReplaceTheHistoryEntry() {
        open("/");
        clickAndWait(browser.findElement(By.linkText("Get help or report")));
        Object entries = browser.executeScript("return window.history.length;");
        WebElement quickExit = browser.findElement(By.cssSelector(BUTTON));
        assertThat(quickExit.getText()).isEqualTo("Quick exit");
        quickExit.click();
        waitForUrl(NEUTRAL_PAGE);
        assertThat(browser.executeScript("return window.history.length;")).as("the exit replaced the page, adding none")
            .isEqualTo(entries);
    }

    @Test
    void shouldLeaveAgainWhenBackWouldShowAPageOfTheSiteAfterAnExit() {
        open("/");
        clickAndWait(browser.findElement(By.linkText("Get help or report")));
        browser.findElement(By.cssSelector(BUTTON)).click();
        waitForUrl(NEUTRAL_PAGE);

        browser.navigate().back();
        waitForUrl(NEUTRAL_PAGE);
        pause(Duration.ofMillis(500));
        assertThat(browser.getCurrentUrl()).as("Back does not bring the home page up again").isEqualTo(NEUTRAL_PAGE);
    }

    @Test
    void shouldLeaveWhenThePageIsShownAgainFromTheBackForwardCacheAfterAnExit() {
        open("/hotlines");
        browser.executeScript("""
                window.sessionStorage.setItem('directory.exited', '1');
                window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));""");
        waitForUrl(NEUTRAL_PAGE);
    }

    @Test
    void shouldShowThePageWhenItIsRestoredWithoutAnExitOrVisitedAfresh() {
        open("/hotlines");
        browser.executeScript("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));");
        pause(Duration.ofMillis(300));
        assertThat(currentPath()).isEqualTo("/hotlines");

        browser.findElement(By.cssSelector(BUTTON)).click();
        waitForUrl(NEUTRAL_PAGE);
        open("/hotlines");
        pause(Duration.ofMillis(300));
        assertThat(currentPath()).as("coming back on purpose shows the page").isEqualTo("/hotlines");
        assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
    }

    @Test
    void shouldBlankThePageAtOnceBeforeTheNeutralSiteLoads() {
        open("/hotlines");
        @SuppressWarnings("unchecked")
        List<Object> atTheMomentOfLeaving = (List<Object>) browser.executeScript("""
                document.querySelector(arguments[0]).click();
                return [getComputedStyle(document.body).visibility, document.title];""", BUTTON);
        assertThat(atTheMomentOfLeaving).containsExactly("hidden", "");
        waitForUrl(NEUTRAL_PAGE);
    }

    @Test
    void shouldLeaveWhenShiftIsPressedThreeTimesWithinFiveSeconds() {
        open("/programs");
        pressShift();
        pause(Duration.ofMillis(2500));
        assertThat(currentPath()).isEqualTo("/programs");
        pressShift();
        pressShift();
        waitForUrl(NEUTRAL_PAGE);
    }

    @Test
    void shouldCountThePressesVisiblyAndAloud() {
        open("/hotlines");
        WebElement dots = browser.findElement(By.cssSelector("[data-quick-exit-presses]"));
        WebElement status = browser.findElement(By.cssSelector("[data-quick-exit-status]"));
        assertThat(dots.isDisplayed()).isFalse();
        assertThat(status.getAttribute("role")).isEqualTo("status");

        pressShift();
        assertThat(dots.isDisplayed()).isTrue();
        assertThat(dots.findElements(By.cssSelector(".is-pressed"))).hasSize(1);
        assertThat(status.getAttribute("textContent"))
            .isEqualTo("Shift pressed once. Press it two more times to leave this page.");

        pressShift();
        assertThat(dots.findElements(By.cssSelector(".is-pressed"))).hasSize(2);
        assertThat(status.getAttribute("textContent"))
            .isEqualTo("Shift pressed twice. Press it once more to leave this page.");

        new Actions(browser).sendKeys("a").perform();
        assertThat(dots.isDisplayed()).as("another key starts the count again").isFalse();
        pressShift();
        assertThat(dots.findElements(By.cssSelector(".is-pressed"))).hasSize(1);
    }

    @Test
    void shouldStartTheCountAgainFiveSecondsAfterTheFirstPress() {
        open("/hotlines");
        pressShift();
        pressShift();
        WebElement dots = browser.findElement(By.cssSelector("[data-quick-exit-presses]"));
        new WebDriverWait(browser, Duration.ofSeconds(7)).until(driver -> !dots.isDisplayed());
        assertThat(browser.findElement(By.cssSelector("[data-quick-exit-status]")).getAttribute("textContent"))
            .isEqualTo("The Shift count has started again. You are still on this page.");
        pressShift();
        pause(Duration.ofMillis(300));
        assertThat(currentPath()).as("one press after the count expired does not leave").isEqualTo("/hotlines");
        assertThat(dots.findElements(By.cssSelector(".is-pressed"))).hasSize(1);
    }

    @Test
    void shouldOfferTheExitFirstToKeyboardUsersAndLeaveOnEnter() {
        open("/hotlines");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getAttribute("data-quick-exit")).isNotNull();
        // USWDS slides the link in from above the page over 0.15 s.
        new WebDriverWait(browser, Duration.ofSeconds(2))
            .until(driver -> first.isDisplayed() && first.getRect().getY() >= 0);
        assertThat(first.getText()).isEqualTo("Exit this page");
        assertThat(first.getRect().getY()).as("shown on screen while it has focus").isGreaterThanOrEqualTo(0);

        List<String> next = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            next.add(browser.switchTo().activeElement().getAttribute("textContent").strip());
        }
        assertThat(next).containsExactly("Skip to main content", "Quick exit", "Browse safely");

        open("/hotlines");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForUrl(NEUTRAL_PAGE);
    }

    @Test
    void shouldTellSearchEnginesNotToFollowTheExitAndTheNeutralSiteNothingOfWhereTheVisitorCameFrom() {
        open("/safety");
        assertThat(browser.findElements(By.cssSelector("[data-quick-exit]"))).hasSize(2)
            .allSatisfy(exit -> assertThat(exit.getAttribute("rel")).isEqualTo("nofollow noreferrer"));
    }

    @Test
    void shouldWriteNoErrorToTheConsoleOnAnyPageTheFaviconIncluded() {
        browser.manage().logs().get(LogType.BROWSER);
        for (String path : List.of("/", "/hotlines", "/safety", "/agencies/hsi", "/search?q=visa")) {
            open(path);
            browser.findElement(By.tagName("h1"));
        }
        Object icon = browser.executeScript("""
                const link = document.querySelector('link[rel=icon]');
                return fetch(link.href).then(r => r.status + ' ' + r.headers.get('content-type'));""");
        assertThat(icon).asString().startsWith("200 image/");
        List<LogEntry> errors = browser.manage()
            .logs()
            .get(LogType.BROWSER)
            .getAll()
            .stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
        assertThat(errors).extracting(LogEntry::getMessage).isEmpty();
    }

    private void pressShift() {
        new Actions(browser).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
    }

    private void waitForUrl(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> expected.equals(driver.getCurrentUrl()));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
