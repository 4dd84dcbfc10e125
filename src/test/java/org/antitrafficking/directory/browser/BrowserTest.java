package org.antitrafficking.directory.browser;

import java.time.Duration;

import org.antitrafficking.directory.support.Browser;
import org.antitrafficking.directory.support.UseTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a real port, visited with a real headless Chromium. The quick exit
 * leaves for {@code about:blank} here, as the test machine has no internet to leave for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "directory.quick-exit-url=" + BrowserTest.NEUTRAL_PAGE)
@UseTestDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
abstract class BrowserTest {

    static final String NEUTRAL_PAGE = "about:blank";

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.desktop();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    /** The path and query of the current page, without scheme, host and port. */
    String currentPath() {
        return browser.getCurrentUrl().replace(url(""), "");
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void clickAndWait(WebElement link) {
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(Replaced.replaced(link));
    }

    /** The page has one h1, and axe-core finds no WCAG 2.1 A or AA violation on it. */
    void assertNoWcag21AaViolations() {
        Axe.assertNoWcag21AaViolations(browser);
    }

}
