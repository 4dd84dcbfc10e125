package org.antitrafficking.directory.editor;

import java.sql.Timestamp;
import java.time.Instant;

import org.antitrafficking.directory.editor.EditorClient.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.HOME;
import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.PASSWORD;
import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-time password must be changed before anything else and expires; a change asks for
 * the current password and follows the rules; long passwords count in full.
 */
class EditorPasswordTest extends EditorServerTest {

    private static final String ONE_TIME = "k3m9p-x7t2q-w4v8r-n6c5h-j2d7f";

    @Test
    void shouldHaveAOneTimePasswordChangedBeforeAnythingElse() {
        String name = editorWithOneTimePassword("first", ONE_TIME);
        EditorClient editor = client();
        assertThat(editor.signIn(name, ONE_TIME).location()).isEqualTo(PASSWORD);
        assertThat(editor.get(HOME).location()).isEqualTo(PASSWORD);
        assertThat(editor.get("/editor/anything-else").location()).isEqualTo(PASSWORD);

        Response form = editor.get(PASSWORD);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("You signed in with a one-time password")
            .contains("autocomplete=\"current-password\"")
            .contains("autocomplete=\"new-password\"")
            .doesNotContain(ONE_TIME);
        assertThat(Jsoup.parse(form.body()).select("input[type=password]")).hasSize(3)
            .noneMatch((input) -> input.hasAttr("maxlength") || input.hasAttr("minlength"));
        Response changed = editor.post(PASSWORD, passwordForm(ONE_TIME, GOOD_PASSWORD));
        assertThat(changed.location()).isEqualTo(HOME + "?password-changed");
        Response home = editor.get(HOME + "?password-changed");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("You are signed in as " + name)
            .contains("Signed in as " + name)
            .contains("Your password has been changed.");
        assertThat(jdbc.queryForObject("SELECT must_change_password OR one_time_password_expires_at IS NOT NULL "
                + "FROM editor WHERE username = ?", Boolean.class, name))
            .isFalse();

        assertThat(client().signIn(name, ONE_TIME).location()).as("the one-time password, again")
            .isEqualTo(SIGN_IN + "?error=failed");
        assertThat(client().signIn(name, GOOD_PASSWORD).location()).isEqualTo(HOME);
    }

    @Test
    void shouldRefuseAnExpiredOneTimePassword() {
        String name = editorWithOneTimePassword("expired", ONE_TIME);
        jdbc.update("UPDATE editor SET one_time_password_expires_at = ? WHERE username = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), name);
        EditorClient editor = client();
        assertThat(editor.signIn(name, ONE_TIME).location()).isEqualTo(SIGN_IN + "?error=expired");
        assertThat(editor.get(SIGN_IN + "?error=expired").body()).contains("That one-time password has expired.");
        assertThat(editor.get(HOME).location()).isEqualTo(SIGN_IN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "wrong current password|plum orchard at the quiet harbour|The current password is not right.",
                    "CURRENT|seven77|The new password is too short: use at least 8 characters.",
                    "CURRENT|Password123|That password is one of the most common",
                    "CURRENT|CURRENT|The new password is the same as the current one." })
    void shouldRefuseAChangeThatBreaksARule(String current, String chosen, String message) {
        String password = "the first password of this editor";
        String name = editorWithPassword("rules", password);
        EditorClient editor = signedIn(name, password);
        editor.get(PASSWORD);
        Response answer = editor.post(PASSWORD,
                passwordForm(current.replace("CURRENT", password), chosen.replace("CURRENT", password)));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Your password was not changed").contains(message).doesNotContain(password);
        assertThat(client().signIn(name, password).location()).as("the password is unchanged").isEqualTo(HOME);
    }

    @Test
    void shouldRefuseANewPasswordTypedDifferentlyTwice() {
        String password = "the first password of this editor";
        EditorClient editor = signedIn(editorWithPassword("twice", password), password);
        editor.get(PASSWORD);
        Response answer = editor.post(PASSWORD, java.util.Map.of("currentPassword", password, "newPassword",
                GOOD_PASSWORD, "confirmPassword", GOOD_PASSWORD + "!"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("The two new passwords are not the same.");
    }

    /**
     * A 100-character password works, and one that shares its first 72 bytes (all that
     * bcrypt would read) does not.
     */
    @Test
    void shouldTakeALongPasswordInFull() {
        String first = "the first password of this editor";
        String name = editorWithPassword("long", first);
        EditorClient editor = signedIn(name, first);
        String longPassword = "night train to the salt flats, with a flask of tea and a map of the stars ".repeat(2)
            .substring(0, 100);
        editor.get(PASSWORD);
        assertThat(editor.post(PASSWORD, passwordForm(first, longPassword)).location())
            .isEqualTo(HOME + "?password-changed");

        assertThat(client().signIn(name, longPassword).location()).isEqualTo(HOME);
        assertThat(client().signIn(name, longPassword.substring(0, 72) + "-".repeat(28)).location())
            .isEqualTo(SIGN_IN + "?error=failed");
        assertThat(client().signIn(name, longPassword.substring(0, 72)).location())
            .isEqualTo(SIGN_IN + "?error=failed");
    }

    @Test
    void shouldEndTheEditorsOtherSessionsWhenThePasswordChanges() {
        String first = "the first password of this editor";
        String name = editorWithPassword("others", first);
        EditorClient laptop = signedIn(name, first);
        EditorClient phone = signedIn(name, first);
        phone.get(PASSWORD);
        String before = phone.cookie();
        assertThat(phone.post(PASSWORD, passwordForm(first, GOOD_PASSWORD)).location())
            .isEqualTo(HOME + "?password-changed");
        assertThat(phone.cookie()).as("a new session identifier").isNotEqualTo(before);
        assertThat(phone.get(HOME).status()).isEqualTo(200);
        assertThat(laptop.get(HOME).location()).isEqualTo(SIGN_IN);
    }

}
