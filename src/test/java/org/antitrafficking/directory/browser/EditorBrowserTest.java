package org.antitrafficking.directory.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's first visit in a real browser: sign in with the one-time password, be made
 * to choose a password, reach the editors' home, sign out; axe-core finds no WCAG 2.1 AA
 * violation on any page on the way, and the browser keeps the session cookie over
 * http://localhost, which it counts as secure.
 */
class EditorBrowserTest extends BrowserTest {

    private static final String ONE_TIME = "h4k8m-2p6r9-t3v7x-c5f8j-w2n4q";

    private static final String CHOSEN = "lantern by the north gate of the old mill";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void shouldSignInChangeTheOneTimePasswordReachHomeAndSignOut() {
        String name = "browser-" + Long.toString(System.nanoTime(), 36);
        jdbc.update("""
                INSERT INTO editor (username, password_hash, must_change_password, one_time_password_expires_at)
                VALUES (?, ?, true, now() + interval '1 day')""", name, encoder.encode(ONE_TIME));

        open("/editor");
        assertThat(currentPath()).isEqualTo("/editor/sign-in");
        assertAccessible("Sign in to edit the directory");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(ONE_TIME);
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(currentPath()).isEqualTo("/editor/password");
        Cookie session = browser.manage().getCookieNamed("__Host-editor");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        assertAccessible("Change your password");
        browser.findElement(By.id("current-password")).sendKeys(ONE_TIME);
        browser.findElement(By.id("new-password")).sendKeys("password1");
        browser.findElement(By.id("confirm-password")).sendKeys("password1");
        clickAndWait(browser.findElement(By.cssSelector("main form:not([action$='sign-out']) button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".usa-alert--error")).getText())
            .contains("one of the most common");
        assertAccessible("Change your password");

        browser.findElement(By.id("current-password")).sendKeys(ONE_TIME);
        browser.findElement(By.id("new-password")).sendKeys(CHOSEN);
        browser.findElement(By.id("confirm-password")).sendKeys(CHOSEN);
        clickAndWait(browser.findElement(By.cssSelector("main form:not([action$='sign-out']) button[type=submit]")));

        assertThat(currentPath()).isEqualTo("/editor?password-changed");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You are signed in as " + name);
        assertAccessible("Editing the directory");

        open("/editor/sign-out");
        assertAccessible("Sign out");
        clickAndWait(browser.findElement(By.cssSelector("main form[action='/editor/sign-out'] button")));
        assertThat(currentPath()).isEqualTo("/editor/sign-in?signed-out");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have signed out.");
        assertAccessible("Sign in to edit the directory");
        open("/editor");
        assertThat(currentPath()).isEqualTo("/editor/sign-in");
    }

    @Test
    void shouldShowTheForbiddenPageAccessibly() {
        open("/editor/sign-in");
        browser.executeScript("document.querySelector('main form input[name=_csrf]').value = 'forged'");
        browser.findElement(By.id("username")).sendKeys("someone");
        browser.findElement(By.id("password")).sendKeys("anything at all");
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertAccessible("That request was not allowed");
    }

    private void assertAccessible(String heading) {
        assertNoWcag21AaViolations();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
    }

}
