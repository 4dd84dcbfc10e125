package org.antitrafficking.directory.editor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.antitrafficking.directory.support.UseTestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a real port, for the editors' pages over real HTTP: Jetty's own
 * mapping of the security filter, the session cookie as sent, the error pages. Configured
 * as the browser tests are, so that they share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "directory.quick-exit-url=about:blank")
@UseTestDatabase
abstract class EditorServerTest {

    /** Client addresses from the documentation ranges (RFC 5737), one per client. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** A password that follows the rules. */
    static final String GOOD_PASSWORD = "plum orchard at the quiet harbour";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    EditorClient client() {
        int n = ADDRESSES.incrementAndGet();
        String[] ranges = { "192.0.2.", "198.51.100.", "203.0.113." };
        return new EditorClient(port, ranges[(n / 250) % 3] + (1 + n % 250));
    }

    /** A name no other test uses, on this run or an earlier one of the same database. */
    static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /**
     * An editor whose password is their own, as after the first sign-in.
     */
    String editorWithPassword(String prefix, String password) {
        String name = uniqueName(prefix);
        jdbc.update("INSERT INTO editor (username, password_hash, must_change_password) VALUES (?, ?, false)", name,
                encoder.encode(password));
        return name;
    }

    /** An editor as the command creates one, with a one-time password. */
    String editorWithOneTimePassword(String prefix, String oneTimePassword) {
        String name = uniqueName(prefix);
        jdbc.update("""
                INSERT INTO editor (username, password_hash, must_change_password, one_time_password_expires_at)
                VALUES (?, ?, true, ?)""", name, encoder.encode(oneTimePassword),
                java.sql.Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        return name;
    }

    /** Signs in as a full editor and checks it worked. */
    EditorClient signedIn(String name, String password) {
        EditorClient editor = client();
        EditorClient.Response answer = editor.signIn(name, password);
        assertThat(answer.location()).as("where the sign-in leads").isEqualTo(EditorSecurityConfiguration.HOME);
        assertThat(editor.get(EditorSecurityConfiguration.HOME).status()).isEqualTo(200);
        return editor;
    }

    static Map<String, String> passwordForm(String current, String chosen) {
        return Map.of("currentPassword", current, "newPassword", chosen, "confirmPassword", chosen);
    }

}
