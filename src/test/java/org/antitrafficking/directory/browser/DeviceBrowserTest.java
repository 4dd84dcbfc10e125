package org.antitrafficking.directory.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.antitrafficking.directory.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** Narrow phones, printers, and what the browser itself sends and keeps. */
class DeviceBrowserTest extends BrowserTest {

    @Test
    void shouldCompressPagesForBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(url("/programs"))).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        String page = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Programs</h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/hotlines", "/programs?function=prosecution", "/departments/dhs", "/agencies/hsi",
            "/immigration-relief", "/search?q=hsi" })
    void shouldFitA320PixelWidePhoneWithoutSidewaysScrolling(String path) {
        ChromeDriver phone = Browser.narrowPhone();
        try {
            phone.get(url(path));
            Long pageWidth = (Long) phone.executeScript("return document.documentElement.scrollWidth;");
            Long viewport = (Long) phone.executeScript("return window.innerWidth;");
            assertThat(viewport).isEqualTo(320L);
            assertThat(pageWidth).as("page width on %s", path).isLessThanOrEqualTo(viewport);
            assertThat(phone.findElement(By.cssSelector(".safety-bar [data-quick-exit]")).isDisplayed()).isTrue();
        }
        finally {
            phone.quit();
        }
    }

    @Test
    void shouldPrintACleanListOfHotlines() {
        open("/hotlines");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector(".safety-bar")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector(".site-footer")).isDisplayed()).isFalse();
            List<WebElement> numbers = browser.findElements(By.cssSelector(".hotline-card .channel__value"));
            assertThat(numbers).isNotEmpty().allSatisfy(number -> assertThat(number.isDisplayed()).isTrue());
            assertThat(numbers).extracting(WebElement::getText).contains("1-888-373-7888", "1-866-347-2423");
        }
        finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void shouldRequestNothingFromAnotherHostAndKeepNoCookies() {
        for (String path : List.of("/", "/hotlines", "/programs", "/search?q=visa", "/swagger-ui/index.html")) {
            open(path);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "complete"
                .equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) browser
                .executeScript("return performance.getEntriesByType('resource').map(entry => entry.name);");
            assertThat(requested).isNotEmpty().allSatisfy(address -> assertThat(address).startsWith(url("/")));
            assertThat(browser.manage().getCookies()).isEmpty();
            assertThat(browser.executeScript("return document.cookie;")).isEqualTo("");
        }
    }

}
