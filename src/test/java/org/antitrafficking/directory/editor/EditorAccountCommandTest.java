package org.antitrafficking.directory.editor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command that creates an account prints a one-time password that signs in once, must
 * be changed first and expires in 24 hours.
 */
class EditorAccountCommandTest extends EditorServerTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("^ {4}(\\S+)$", Pattern.MULTILINE);

    @Autowired
    EditorAccountCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldCreateAnAccountWithAOneTimePasswordThatMustBeChanged() {
        String name = uniqueName("created");
        assertThat(create(name)).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Created the editor account \"" + name + "\"").contains("24 hours");
        Matcher password = PRINTED_PASSWORD.matcher(printed);
        assertThat(password.find()).as("a password on a line of its own").isTrue();
        assertThat(PasswordRules.problem(name, password.group(1))).isEmpty();

        Map<String, Object> account = jdbc.queryForMap("SELECT * FROM editor WHERE username = ?", name);
        assertThat(account.get("must_change_password")).isEqualTo(true);
        assertThat(account.get("disabled")).isEqualTo(false);
        assertThat((String) account.get("password_hash")).startsWith("{argon2}").doesNotContain(password.group(1));
        Instant expires = ((Timestamp) account.get("one_time_password_expires_at")).toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isCloseTo(Duration.ofHours(24), Duration.ofMinutes(1));
        assertThat(printed).contains(expires.toString());

        EditorClient editor = client();
        assertThat(editor.signIn(name, password.group(1)).location()).isEqualTo(PASSWORD);
    }

    @Test
    void shouldGiveANewOneTimePasswordAndEndTheAccountsOpenSessions() {
        String name = uniqueName("forgot");
        assertThat(create(name)).isZero();
        String first = printedPassword();
        EditorClient signedIn = client();
        assertThat(signedIn.signIn(name, first).location()).isEqualTo(PASSWORD);
        assertThat(sessionsOf(name)).as("the editor's session, before").isPositive();

        out.reset();
        assertThat(command.reset(name, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)))
            .isZero();
        String second = printedPassword();
        assertThat(second).isNotEqualTo(first);
        assertThat(sessionsOf(name)).as("the editor's sessions, after").isZero();
        assertThat(signedIn.get(PASSWORD).location()).as("the old session").endsWith("/editor/sign-in");
        assertThat(client().signIn(name, first).location()).as("the old password").isNotEqualTo(PASSWORD);
        assertThat(client().signIn(name, second).location()).isEqualTo(PASSWORD);
        assertThat(
                jdbc.queryForObject("SELECT must_change_password FROM editor WHERE username = ?", Boolean.class, name))
            .isTrue();
    }

    @Test
    void shouldDisableAnAccountSoItCanNeitherSignInNorKeepItsSessions() {
        String name = uniqueName("leaving");
        assertThat(create(name)).isZero();
        String password = printedPassword();
        EditorClient signedIn = client();
        assertThat(signedIn.signIn(name, password).location()).isEqualTo(PASSWORD);
        assertThat(command.disable(name, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)))
            .isZero();
        assertThat(sessionsOf(name)).isZero();
        assertThat(signedIn.get(PASSWORD).location()).endsWith("/editor/sign-in");
        assertThat(client().signIn(name, password).location()).isNotEqualTo(PASSWORD);
        assertThat(command.disable("nobody-" + name, new PrintStream(out), new PrintStream(err)))
            .isEqualTo(EditorAccountCommand.NO_SUCH_ACCOUNT);
    }

    @Test
    void shouldNormalizeTheName() {
        String name = uniqueName("Mixed-Case");
        assertThat(
                command.create(EditorAccounts.normalize("  " + name + " "), new PrintStream(out), new PrintStream(err)))
            .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM editor WHERE username = ?", Integer.class,
                name.toLowerCase(java.util.Locale.ROOT)))
            .isEqualTo(1);
    }

    @Test
    void shouldRefuseANameThatIsTaken() {
        String name = uniqueName("taken");
        assertThat(create(name)).isZero();
        String hash = jdbc.queryForObject("SELECT password_hash FROM editor WHERE username = ?", String.class, name);
        out.reset();
        assertThat(create(name)).isEqualTo(EditorAccountCommand.EXISTS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exists already");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT password_hash FROM editor WHERE username = ?", String.class, name))
            .as("the account is untouched")
            .isEqualTo(hash);
    }

    @Test
    void shouldRefuseANameNoAccountCanHave() {
        assertThat(create("")).isEqualTo(EditorAccountCommand.BAD_NAME);
        assertThat(create("<script>")).isEqualTo(EditorAccountCommand.BAD_NAME);
        assertThat(create("x".repeat(41))).isEqualTo(EditorAccountCommand.BAD_NAME);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No account was created.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldDoNothingWhenTheSiteIsServed() {
        // The application under test started without --editor.create.
        assertThat(command.getExitCode()).isZero();
    }

    private String printedPassword() {
        Matcher password = PRINTED_PASSWORD.matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(password.find()).as("a password on a line of its own").isTrue();
        return password.group(1);
    }

    private int sessionsOf(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM editor_session WHERE principal_name = ?", Integer.class, name);
    }

    private int create(String name) {
        return command.create(name, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

}
