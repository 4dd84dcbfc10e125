package org.antitrafficking.directory.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts Debian's headless Chromium through Debian's ChromeDriver. Both are named
 * explicitly, so Selenium Manager never reaches for the network to find or download a
 * browser.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("directory.chromium", "/usr/bin/chromium"));

    public static final Path CHROMEDRIVER = Path
        .of(System.getProperty("directory.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A desktop-sized browser window. */
    public static ChromeDriver desktop() {
        return start(options().addArguments("--window-size=1280,1000"));
    }

    /** A phone 320 CSS pixels wide, as the narrowest screens the site supports. */
    public static ChromeDriver narrowPhone() {
        return phone(320, 640);
    }

    /**
     * A phone whose screen is {@code width} by {@code height} CSS pixels, such as 390 by
     * 844.
     */
    public static ChromeDriver phone(int width, int height) {
        return start(phoneOptions(width, height));
    }

    /**
     * The same phone with the pages' scripts turned off, as some visitors browse; the
     * test's own commands still run.
     */
    public static ChromeDriver phoneWithoutScripts(int width, int height) {
        ChromeOptions options = phoneOptions(width, height);
        options.addArguments("--blink-settings=scriptEnabled=false");
        return start(options);
    }

    private static ChromeOptions phoneOptions(int width, int height) {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        return options;
    }

    private static ChromeOptions options() {
        assertThat(CHROMIUM).as("Chromium; install the Debian package chromium (.ci/run does)").exists();
        assertThat(CHROMEDRIVER).as("ChromeDriver; install the Debian package chromium-driver (.ci/run does)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root Chromium needs --no-sandbox; the other switches keep it off this
        // machine's closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=en-US");
        // Keep what the page writes to its console, so a test can see errors such as a
        // missing file.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        assertThat(Files.isExecutable(CHROMEDRIVER)).isTrue();
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        return new ChromeDriver(service, options);
    }

}
