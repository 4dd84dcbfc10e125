package org.antitrafficking.directory.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person with seconds to spare sees on a phone, measured in a real browser: 911
 * and the national hotline's numbers to call and text on the first screen, the navigation
 * folded into a menu that opens without JavaScript, and comparison tables whose every
 * cell can be read without scrolling sideways.
 */
class FirstScreenBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({ "/, 390, 844", "/, 320, 568", "/hotlines, 390, 844", "/hotlines, 320, 568" })
    void shouldShow911AndTheNationalHotlinesNumbersWithoutScrolling(String path, int width, int height) {
        ChromeDriver phone = Browser.phone(width, height);
        try {
            phone.get(url(path));
            assertThat(phone.executeScript("return window.innerHeight;")).isEqualTo((long) height);
            assertThat(phone.executeScript("return window.scrollY;")).isEqualTo(0L);
            for (String href : List.of("tel:911", "tel:+18883737888", "sms:233733")) {
                WebElement number = phone.findElement(By.cssSelector("main a.channel__value[href='" + href + "']"));
                assertThat(number.isDisplayed()).as("%s on %s", href, path).isTrue();
                @SuppressWarnings("unchecked")
                Map<String, Number> box = (Map<String, Number>) phone.executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom};",
                        number);
                assertThat(box.get("top").doubleValue()).as("top of %s on %s", href, path).isGreaterThanOrEqualTo(0);
                assertThat(box.get("bottom").doubleValue()).as("bottom of %s on %s at %dx%d", href, path, width, height)
                    .isLessThanOrEqualTo(height);
            }
        }
        finally {
            phone.quit();
        }
    }

    /**
     * The USWDS menu pattern, as a details element: every link within reach, with scripts
     * off.
     */
    @Test
    void shouldFoldTheNavigationIntoAMenuThatOpensWithoutJavaScript() {
        ChromeDriver phone = Browser.phoneWithoutScripts(320, 568);
        try {
            phone.get(url("/hotlines"));
            assertThat(phone.executeScript("return document.querySelector('[data-print]').hidden;"))
                .as("the print button, which the site script shows, stays hidden: no script ran")
                .isEqualTo(true);
            assertThat(phone.findElement(By.cssSelector("[data-print]")).isDisplayed()).isFalse();
            assertThat(phone.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
            List<WebElement> links = phone.findElements(By.cssSelector(".site-menu nav a"));
            assertThat(links).hasSize(6).noneMatch(WebElement::isDisplayed);
            tap(phone, phone.findElement(By.cssSelector(".site-menu summary")));
            assertThat(links).allMatch(WebElement::isDisplayed);
            assertThat(phone.findElement(By.id("menu-search-field")).isDisplayed()).isTrue();
            tap(phone,
                    links.stream()
                        .filter(link -> link.getDomAttribute("href").equals("/task-forces"))
                        .findFirst()
                        .orElseThrow());
            new WebDriverWait(phone, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/task-forces")));
            assertThat(phone.findElement(By.tagName("h1")).getText()).startsWith("Task forces");
        }
        finally {
            phone.quit();
        }
    }

    /**
     * A press of a finger on the element, sent as the browser's own input: WebDriver's
     * click waits on a script of its own in the page, which never runs with the page's
     * scripts off.
     */
    private static void tap(ChromeDriver phone, WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Number> centre = (Map<String, Number>) phone.executeScript("""
                arguments[0].scrollIntoView({block: 'center'});
                const r = arguments[0].getBoundingClientRect();
                return {x: r.left + r.width / 2, y: r.top + r.height / 2};""", element);
        for (String type : List.of("mousePressed", "mouseReleased")) {
            phone.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", type, "x", centre.get("x"), "y",
                    centre.get("y"), "button", "left", "clickCount", 1));
        }
    }

    @Test
    void shouldShowTheNavigationBarAndNoMenuOnADesktop() {
        open("/");
        assertThat(browser.findElement(By.cssSelector(".site-nav")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".site-nav a"))).hasSize(6).allMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.cssSelector(".site-menu")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("site-search-field")).isDisplayed()).isTrue();
    }

    /**
     * The T visa's eligibility, cut mid-word at a desktop width before, is whole at 1280
     * and at 320.
     */
    @ParameterizedTest(name = "{0} at {1} pixels")
    @CsvSource({ "/immigration-relief, 1280", "/immigration-relief, 320", "/hotlines, 1280", "/hotlines, 320" })
    void shouldShowEveryCellOfAComparisonWithoutSidewaysScrolling(String path, int width) {
        ChromeDriver window = (width < 640) ? Browser.phone(width, 800) : Browser.desktop();
        try {
            window.get(url(path));
            assertThat(window.executeScript("return window.innerWidth;")).isEqualTo((long) width);
            @SuppressWarnings("unchecked")
            List<String> hidden = (List<String>) window.executeScript(
                    """
                            const problems = [];
                            const main = document.querySelector('main').getBoundingClientRect();
                            if (document.documentElement.scrollWidth > window.innerWidth) {
                              problems.push('the page is ' + document.documentElement.scrollWidth + ' pixels wide');
                            }
                            for (const table of document.querySelectorAll('table.comparison-table')) {
                              for (let box = table; box && box !== document.body; box = box.parentElement) {
                                if (box.scrollWidth > box.clientWidth + 1) {
                                  problems.push(box.tagName + '.' + box.className + ' scrolls sideways');
                                }
                              }
                              for (const cell of table.querySelectorAll('th, td')) {
                                const r = cell.getBoundingClientRect();
                                if (cell.scrollWidth > cell.clientWidth + 1 || r.left < main.left - 1 || r.right > main.right + 1) {
                                  problems.push('cut off: ' + cell.textContent.trim().slice(0, 40));
                                }
                              }
                            }
                            return problems;""");
            assertThat(hidden).as("on %s at %d pixels", path, width).isEmpty();
            WebElement eligibility = window.findElements(By.cssSelector("table.comparison-table td"))
                .stream()
                .filter(cell -> cell.getText().contains("severe form of trafficking"))
                .findFirst()
                .orElse(null);
            if (path.equals("/immigration-relief")) {
                assertThat(eligibility).isNotNull();
                assertThat(eligibility.getText()).contains("Victims under 18, and those whom trauma prevents");
            }
        }
        finally {
            window.quit();
        }
    }

}
