package org.antitrafficking.directory.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.antitrafficking.directory.support.Browser;
import org.antitrafficking.directory.support.Eventually;
import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole correction in a real browser, on two instances sharing a database of their
 * own: a visitor suggests a new value from a hotline's page; an editor signs in on the
 * first instance, finds it in the queue and accepts it with a source; the second
 * instance's public page shows the new value, with the change in its history, within 5 s.
 * On the way the editor also opens every other editor page (the record list, a record's
 * form, a refused save, a conflict, the queue of checks, a check recorded), and axe-core
 * finds no WCAG 2.1 AA violation on any of them.
 */
@Tag("slow")
class EditingFlowBrowserTest {

    private static final String PASSWORD = "a lantern by the north gate of the old mill";

    private static final String LINE = "hsi-tip-line";

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(5);

    /** The form refuses one sent back sooner than 3 s after it was handed out. */
    private static final long FILL_TIME_MILLIS = 3_500;

    private static final List<RunningApplication> instances = new ArrayList<>();

    private static TestDatabase.Connection database;

    private static JdbcTemplate jdbc;

    private static ChromeDriver browser;

    @BeforeAll
    static void startTwoInstancesAndABrowser() {
        database = TestDatabase.createDatabase("directory_editing_flow");
        List<CompletableFuture<RunningApplication>> starting = List.of(start(), start());
        starting.forEach((instance) -> instances.add(instance.join()));
        jdbc = new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        jdbc.update("INSERT INTO editor (username, password_hash, must_change_password) VALUES ('carol', ?, false)",
                instances.get(0).context().getBean(PasswordEncoder.class).encode(PASSWORD));
        browser = Browser.desktop();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    private static CompletableFuture<RunningApplication> start() {
        return CompletableFuture.supplyAsync(() -> RunningApplication.start(database.jdbcUrl(), database.username(),
                database.password(), "directory.read-model.poll-interval=1s", "directory.quick-exit-url=about:blank"));
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        instances.forEach(RunningApplication::close);
        if (database != null) {
            TestDatabase.drop(database);
        }
    }

    @Test
    void shouldTakeAVisitorsCorrectionToEveryInstanceThroughAnEditor() throws InterruptedException {
        String proposed = "Every day, at any hour (corrected in a test)";

        // A visitor, on the first instance.
        open(0, "/hotlines/" + LINE);
        clickAndWait(browser.findElement(By.cssSelector(".suggest-correction a")));
        long handedOut = System.currentTimeMillis();
        new Select(browser.findElement(By.id("field"))).selectByValue("hours");
        browser.findElement(By.id("proposed")).sendKeys(proposed);
        browser.findElement(By.id("evidence")).sendKeys("https://www.ice.gov/webform/hsi-tip-form");
        Thread.sleep(Math.max(0, handedOut + FILL_TIME_MILLIS - System.currentTimeMillis()));
        clickAndWait(browser.findElement(By.cssSelector(".suggestion-form button[type=submit]")));
        assertThat(path(0)).isEqualTo("/suggest/received");
        assertThat(browser.manage().getCookies()).as("a visitor's cookies").isEmpty();

        // An editor signs in and accepts it.
        open(0, "/editor/suggestions");
        assertThat(path(0)).isEqualTo("/editor/sign-in");
        browser.findElement(By.id("username")).sendKeys("carol");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(path(0)).isEqualTo("/editor/suggestions");
        assertAccessible("Suggestions to review");
        WebElement suggestion = browser.findElement(By.cssSelector("article[id^=suggestion-]"));
        assertThat(suggestion.getText()).contains(proposed);
        new Select(suggestion.findElement(By.cssSelector("select[name=source]"))).selectByIndex(1);
        clickAndWait(suggestion.findElement(By.cssSelector("form[action$='/accept'] button[type=submit]")));
        assertThat(path(0)).isEqualTo("/editor/suggestions?done=accepted");
        assertAccessible("Suggestions to review");

        // The second instance shows it, with its history, within 5 s.
        Duration took = Eventually.waitUntil(() -> instances.get(1).get("/hotlines/" + LINE).body().contains(proposed),
                SHOWN_WITHIN);
        assertThat(took).isLessThanOrEqualTo(SHOWN_WITHIN);
        open(1, "/hotlines/" + LINE);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(proposed)
            .contains("Corrected as a visitor suggested");
        Axe.assertNoWcag21AaViolations(browser);

        // Every other editor page, on the way.
        open(0, "/editor");
        assertAccessible("Editing the directory");
        open(0, "/editor/records?kind=hotline&q=tip");
        assertAccessible("Find a record to edit");
        clickAndWait(browser.findElement(By.linkText("HSI Tip Line")));
        assertThat(path(0)).isEqualTo("/editor/records/hotline/" + LINE);
        assertAccessible("Edit HSI Tip Line");
        assertThat(browser.findElement(By.id("history")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(proposed);

        WebElement audience = browser.findElement(By.id("field-audience"));
        audience.clear();
        audience.sendKeys("Anyone <b>at all</b>");
        browser.findElement(By.id("reason")).sendKeys("Trying markup");
        new Select(browser.findElement(By.id("source"))).selectByIndex(1);
        clickAndWait(browser.findElement(By.cssSelector("#edit button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".usa-error-message")).getText()).contains("markup");
        assertThat(browser.findElement(By.id("field-audience")).getAttribute("value"))
            .isEqualTo("Anyone <b>at all</b>");
        assertAccessible("Edit HSI Tip Line");

        // A conflict: the record changes while the form is open.
        open(0, "/editor/records/hotline/" + LINE);
        jdbc.update("UPDATE hotline SET languages = 'Changed meanwhile', version = version + 1 WHERE slug = ?", LINE);
        WebElement languages = browser.findElement(By.id("field-languages"));
        languages.clear();
        languages.sendKeys("English and Spanish");
        browser.findElement(By.id("reason")).sendKeys("The source lists both");
        new Select(browser.findElement(By.id("source"))).selectByIndex(1);
        clickAndWait(browser.findElement(By.cssSelector("#edit button[type=submit]")));
        assertThat(browser.findElement(By.id("conflict")).getText()).contains("Someone else saved this record");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Changed meanwhile")
            .contains("English and Spanish");
        assertAccessible("Edit HSI Tip Line");

        open(0, "/editor/checks");
        assertAccessible("Records to check");
        open(0, "/editor/records/hotline/" + LINE);
        new Select(browser.findElement(By.id("check-source"))).selectByIndex(1);
        clickAndWait(browser.findElement(By.cssSelector("form[action$='/check'] button[type=submit]")));
        assertThat(path(0)).isEqualTo("/editor/records/hotline/" + LINE + "?checked");
        assertAccessible("Edit HSI Tip Line");

        open(0, "/editor/records?kind=program");
        clickAndWait(browser.findElement(By.linkText("Add a record of this kind")));
        assertAccessible("Add a record: Program");
        browser.findElement(By.id("slug")).sendKeys("a-program-added-in-a-browser");
        browser.findElement(By.id("field-name")).sendKeys("A Program Added in a Browser");
        new Select(browser.findElement(By.id("field-kind"))).selectByValue("training");
        new Select(browser.findElement(By.id("field-department"))).selectByValue("doj");
        browser.findElement(By.id("reason")).sendKeys("The source describes it");
        new Select(browser.findElement(By.id("source"))).selectByIndex(1);
        clickAndWait(browser.findElement(By.cssSelector("#new-record button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".usa-alert--error")).getText()).contains("Nothing was added");
        assertAccessible("Add a record: Program");
        browser.findElement(By.id("field-description")).sendKeys("A training that a test added.");
        clickAndWait(browser.findElement(By.cssSelector("#new-record button[type=submit]")));
        assertThat(path(0)).isEqualTo("/editor/records/program/a-program-added-in-a-browser?saved");
        Eventually.waitUntil(() -> instances.get(1)
            .get("/programs/a-program-added-in-a-browser")
            .body()
            .contains("A training that a test added."), Duration.ofSeconds(5));
        open(1, "/programs/a-program-added-in-a-browser");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("A training that a test added.");
    }

    private static void open(int instance, String path) {
        browser.get(url(instance, path));
    }

    private static String url(int instance, String path) {
        return "http://localhost:" + instances.get(instance).port() + path;
    }

    private static String path(int instance) {
        return browser.getCurrentUrl().replace(url(instance, ""), "");
    }

    private static void clickAndWait(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(Replaced.replaced(element));
    }

    private static void assertAccessible(String heading) {
        Axe.assertNoWcag21AaViolations(browser);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
    }

}
