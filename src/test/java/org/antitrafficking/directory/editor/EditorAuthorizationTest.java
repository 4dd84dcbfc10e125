package org.antitrafficking.directory.editor;

import java.util.Map;

import org.antitrafficking.directory.editor.EditorClient.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.HOME;
import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.PASSWORD;
import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.SIGN_IN;
import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.SIGN_OUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every editor address refuses whoever may not use it: anonymous visitors are sent to
 * sign in, a form without its CSRF token gets a 403 page, and a session ends at sign-out
 * and after 30 idle minutes.
 */
class EditorAuthorizationTest extends EditorServerTest {

    @ParameterizedTest
    @ValueSource(strings = { HOME, PASSWORD, SIGN_OUT, "/editor/no-such-page", "/editor/sign-in/more" })
    void shouldSendAnonymousVisitorsToSignIn(String path) {
        Response answer = client().get(path);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).isEqualTo(SIGN_IN);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store, private");
    }

    @Test
    void shouldShowTheSignInPageToAnyone() {
        Response page = client().get(SIGN_IN);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Sign in to edit the directory")
            .contains("data-quick-exit")
            .contains("autocomplete=\"username\"")
            .contains("autocomplete=\"current-password\"")
            .contains("name=\"_csrf\"")
            .doesNotContain("onpaste");
        assertThat(Jsoup.parse(page.body()).select("input[type=password][maxlength]"))
            .as("no maxlength, which would cut a pasted password short")
            .isEmpty();
    }

    /**
     * However an editor address is written, an anonymous visitor never gets an editor
     * page: the servlet container maps the security filter on the same decoded path it
     * hands the dispatcher, and the page cache keeps none of them, even after an editor
     * has opened the same address.
     */
    @ParameterizedTest
    @ValueSource(strings = { "/editor;x=1", "/editor;x=1/password", "/%65ditor", "/%65ditor/password", "//editor",
            "/./editor", "/assets/../editor", "/editor/./password", "/editor/", "/editor/password/", "/EDITOR",
            "/editor%2Fpassword", "/editor/%2e%2e/editor" })
    void shouldNeverShowAnEditorPageToAnonymousVisitorsWhateverTheAddressLooksLike(String path) {
        EditorClient editor = signedIn(editorWithPassword("paths", GOOD_PASSWORD), GOOD_PASSWORD);
        editor.get(path);
        editor.get(path);
        Response answer = client().get(path);
        assertThat(answer.status()).as(path).isIn(302, 400, 404);
        if (answer.status() == 302) {
            assertThat(answer.location()).isIn(SIGN_IN, HOME, PASSWORD);
        }
        assertThat(answer.body()).doesNotContain("Signed in as").doesNotContain("_csrf");
    }

    @ParameterizedTest
    @ValueSource(strings = { SIGN_IN, PASSWORD, SIGN_OUT })
    void shouldRefuseAFormWithoutItsToken(String path) {
        EditorClient editor = signedIn(editorWithPassword("no-token", GOOD_PASSWORD), GOOD_PASSWORD);
        Response answer = editor.postExactly(path, Map.of("username", "someone", "password", GOOD_PASSWORD));
        assertForbiddenPage(answer);
        assertThat(editor.get(HOME).status()).as("still signed in").isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { SIGN_IN, PASSWORD, SIGN_OUT })
    void shouldRefuseAForgedToken(String path) {
        EditorClient editor = signedIn(editorWithPassword("forged", GOOD_PASSWORD), GOOD_PASSWORD);
        // A token of the right shape, and one from another editor's session.
        assertForbiddenPage(editor.post(path, Map.of("_csrf", "A".repeat(editor.csrf().length()))));
        EditorClient other = client();
        other.get(SIGN_IN);
        assertForbiddenPage(editor.post(path, Map.of("_csrf", other.csrf())));
    }

    @Test
    void shouldRefuseASignInFormWithoutItsTokenFromAnonymousVisitors() {
        String name = editorWithPassword("anonymous-post", GOOD_PASSWORD);
        EditorClient visitor = client();
        assertForbiddenPage(visitor.postExactly(SIGN_IN, Map.of("username", name, "password", GOOD_PASSWORD)));
        assertThat(visitor.get(HOME).location()).isEqualTo(SIGN_IN);
    }

    @Test
    void shouldEndTheSessionAtSignOut() {
        EditorClient editor = signedIn(editorWithPassword("sign-out", GOOD_PASSWORD), GOOD_PASSWORD);
        String session = editor.cookie();
        assertThat(editor.get(SIGN_OUT).body()).contains("Signing out ends your session");
        Response out = editor.post(SIGN_OUT, Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.location()).isEqualTo(SIGN_IN + "?signed-out");
        assertThat(out.setCookies())
            .anySatisfy((cookie) -> assertThat(cookie).startsWith(EditorClient.COOKIE + "=;").contains("Max-Age=0"));
        assertThat(editor.get(SIGN_IN + "?signed-out").body()).contains("You have signed out.");

        EditorClient replay = client();
        replay.cookie(session);
        Response again = replay.get(HOME);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).isEqualTo(SIGN_IN);
    }

    @Test
    void shouldEndASessionAfterThirtyIdleMinutes() {
        String name = editorWithPassword("idle", GOOD_PASSWORD);
        EditorClient editor = signedIn(name, GOOD_PASSWORD);
        assertThat(jdbc.queryForObject("SELECT max_inactive_interval FROM editor_session WHERE principal_name = ?",
                Integer.class, name))
            .isEqualTo(30 * 60);
        jdbc.update("""
                UPDATE editor_session SET last_access_time = last_access_time - 1860000,
                                          expiry_time = expiry_time - 1860000
                WHERE principal_name = ?""", name);
        Response later = editor.get(HOME);
        assertThat(later.status()).isEqualTo(302);
        assertThat(later.location()).isEqualTo(SIGN_IN);
    }

    private static void assertForbiddenPage(Response answer) {
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("That request was not allowed")
            .contains("Go back, reload the page and try again.")
            .contains("data-quick-exit");
    }

}
