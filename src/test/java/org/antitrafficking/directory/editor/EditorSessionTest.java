package org.antitrafficking.directory.editor;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.editor.EditorClient.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.HOME;
import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie is an editor's alone: {@code __Host-}, Secure, HttpOnly,
 * SameSite=Strict, renewed at sign-in, never in an address; the public pages never set
 * one, before or after an editor signs in, and editor pages are neither kept nor
 * compressed.
 */
class EditorSessionTest extends EditorServerTest {

    static final List<String> PUBLIC_PAGES = List.of("/", "/hotlines", "/programs", "/programs/blue-campaign",
            "/agencies/hsi", "/search?q=visa", "/safety", "/api/v1/programs", "/no-such-page", "/sitemap.xml");

    @Autowired
    ApplicationContext context;

    @Test
    void shouldSetTheSessionCookieWithEveryAttribute() {
        List<String> attributes = sessionCookie(signIn(client()));
        assertThat(attributes.get(0)).startsWith("__Host-editor=").hasSizeGreaterThan(40);
        assertThat(attributes).contains("Path=/", "Secure", "HttpOnly", "SameSite=Strict");
        assertThat(attributes).noneMatch((attribute) -> attribute.startsWith("Domain")
                || attribute.startsWith("Max-Age") || attribute.startsWith("Expires"));
    }

    @Test
    void shouldMarkItSecureBehindTls() {
        EditorClient editor = client();
        Response page = editor.get(SIGN_IN, "X-Forwarded-Proto", "https");
        assertThat(page.headers("Strict-Transport-Security")).hasSize(1);
        assertThat(sessionCookie(signIn(editor))).contains("Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void shouldStoreNothingForAVisitToTheSignInPageNorForAFailedSignIn() {
        int sessions = jdbc.queryForObject("SELECT count(*) FROM editor_session", Integer.class);
        for (int i = 0; i < 20; i++) {
            EditorClient visitor = client();
            Response page = visitor.get(SIGN_IN);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.setCookies()).as("cookies of the sign-in page").isEmpty();
            assertThat(visitor.get(HOME + "/suggestions").setCookies()).as("cookies of a page asked for")
                .singleElement()
                .asString()
                .startsWith(ContinueCookie.NAME + "=/editor/suggestions;")
                .contains("Path=/editor", "HttpOnly", "Secure", "SameSite=Strict");
            assertThat(
                    visitor.post(SIGN_IN, Map.of("username", "nobody-" + i, "password", "not the password")).location())
                .startsWith(SIGN_IN + "?error");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM editor_session", Integer.class))
            .as("sessions stored for visitors who did not sign in")
            .isEqualTo(sessions);
    }

    @Test
    void shouldRefuseASignInWithoutItsTokenOrWithAForgedOne() {
        String name = editorWithPassword("no-token", GOOD_PASSWORD);
        EditorClient editor = client();
        editor.get(SIGN_IN);
        String token = editor.csrf();
        assertThat(editor.postExactly(SIGN_IN, Map.of("username", name, "password", GOOD_PASSWORD)).status())
            .isEqualTo(403);
        String forged = Base64.getUrlEncoder()
            .encodeToString(("s." + (System.currentTimeMillis() / 1000) + ".AAAA.AAAA").getBytes());
        assertThat(editor.postExactly(SIGN_IN, Map.of("username", name, "password", GOOD_PASSWORD, "_csrf", forged))
            .status()).isEqualTo(403);
        assertThat(editor.postExactly(SIGN_IN, Map.of("username", name, "password", GOOD_PASSWORD, "_csrf", token))
            .location()).isEqualTo(HOME);
    }

    @Test
    void shouldGiveANewSessionIdAtSignIn() {
        String name = editorWithPassword("fixation", GOOD_PASSWORD);
        EditorClient editor = client();
        editor.get(SIGN_IN);
        String planted = "a-session-id-someone-planted-" + Long.toString(System.nanoTime(), 36);
        editor.cookie(planted);
        editor.post(SIGN_IN, Map.of("username", name, "password", GOOD_PASSWORD));
        assertThat(editor.cookie()).isNotNull().isNotEqualTo(planted);
        assertThat(editor.get(HOME).status()).isEqualTo(200);

        EditorClient fixed = client();
        fixed.cookie(planted);
        assertThat(fixed.get(HOME).location()).as("the identifier from before the sign-in").isEqualTo(SIGN_IN);
    }

    @Test
    void shouldNeverPutTheSessionInAnAddress() {
        EditorClient editor = signedIn(editorWithPassword("tracking", GOOD_PASSWORD), GOOD_PASSWORD);
        Response home = editor.get(HOME);
        assertThat(home.body()).doesNotContainIgnoringCase("jsessionid").doesNotContain(editor.cookie());
        assertThat(client().get(HOME).location()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void shouldSetNoCookieOnPublicPagesBeforeOrAfterAnEditorSignsIn() {
        for (String path : PUBLIC_PAGES) {
            assertThat(client().get(path).setCookies()).as(path + " before").isEmpty();
        }
        EditorClient editor = signedIn(editorWithPassword("elsewhere", GOOD_PASSWORD), GOOD_PASSWORD);
        for (String path : PUBLIC_PAGES) {
            assertThat(client().get(path).setCookies()).as(path + " after").isEmpty();
            // The editor's own browser sends its cookie to every page of the site; the
            // public ones neither read nor renew it.
            assertThat(editor.get(path).setCookies()).as(path + " with the editor's cookie").isEmpty();
        }
        assertThat(editor.get(HOME).status()).isEqualTo(200);
    }

    @Test
    void shouldKeepNoEditorPageAndCompressNone() {
        EditorClient editor = signedIn(editorWithPassword("uncompressed", GOOD_PASSWORD), GOOD_PASSWORD);
        for (String path : List.of(HOME, EditorSecurityConfiguration.PASSWORD, SIGN_IN)) {
            Response page = editor.get(path, "Accept-Encoding", "gzip");
            assertThat(page.header("Content-Encoding")).as(path).isNull();
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-store, private");
            assertThat(page.header("ETag")).as(path).isNull();
        }
        // A public page of the same size is compressed, so the test would see it.
        assertThat(client().get("/safety", "Accept-Encoding", "gzip").header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void shouldSendEachSecurityHeaderOnceAndOnlyTheSitesOwn() {
        Response page = client().get(SIGN_IN, "X-Forwarded-Proto", "https");
        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                "Referrer-Policy", "Strict-Transport-Security", "Cache-Control", "Permissions-Policy")) {
            assertThat(page.headers(header)).as(header).hasSize(1);
        }
        assertThat(page.header("Strict-Transport-Security")).isEqualTo("max-age=63072000; includeSubDomains");
        assertThat(page.headers("X-XSS-Protection")).isEmpty();
        assertThat(page.headers("Pragma")).isEmpty();
    }

    @Test
    void shouldHaveNoDefaultAccount() {
        assertThat(context.getBeansOfType(UserDetailsService.class)).isEmpty();
        Response answer = client().signIn("user", "password");
        assertThat(answer.location()).isEqualTo(SIGN_IN + "?error=failed");
    }

    @Test
    void shouldPutSpringSecurityAndSessionsOnEditorPagesOnly(
            @Qualifier("securityFilterChainRegistration") @Autowired DelegatingFilterProxyRegistrationBean security,
            @Qualifier("sessionRepositoryFilterRegistration") @Autowired DelegatingFilterProxyRegistrationBean sessions) {
        assertThat(security.getUrlPatterns()).containsExactly("/editor/*");
        assertThat(sessions.getUrlPatterns()).containsExactly("/editor/*");
    }

    private Response signIn(EditorClient editor) {
        String name = editorWithPassword("cookie", GOOD_PASSWORD);
        editor.get(SIGN_IN);
        return editor.post(SIGN_IN, Map.of("username", name, "password", GOOD_PASSWORD));
    }

    private static List<String> sessionCookie(Response page) {
        List<String> cookies = page.setCookies();
        assertThat(cookies).hasSize(1);
        return Arrays.stream(cookies.get(0).split(";")).map(String::strip).toList();
    }

}
