package org.antitrafficking.directory.editor;

import org.antitrafficking.directory.editor.EditorClient.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.HOME;
import static org.antitrafficking.directory.editor.EditorSecurityConfiguration.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong password repeated locks the account, and many failures lock the address, for 15
 * minutes, counted in PostgreSQL; the lock says nothing of whether an account exists.
 */
class SignInLimitsTest extends EditorServerTest {

    @Autowired
    SignInThrottle throttle;

    private static final String FAILED = SIGN_IN + "?error=failed";

    private static final String LOCKED = SIGN_IN + "?error=locked";

    @Test
    void shouldLockAnAccountAfterFiveFailures() {
        String name = editorWithPassword("locked", GOOD_PASSWORD);
        EditorClient attacker = client();
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            assertThat(attacker.signIn(name, "wrong password " + i).location()).isEqualTo(FAILED);
        }
        // Now even the right password is refused, from this address and from any other.
        assertThat(attacker.signIn(name, GOOD_PASSWORD).location()).isEqualTo(LOCKED);
        assertThat(client().signIn(name, GOOD_PASSWORD).location()).isEqualTo(LOCKED);
        Response page = attacker.get(LOCKED);
        assertThat(page.body()).contains("too many failed attempts to sign in with this name or from this connection")
            .contains("Wait 15 minutes");
        assertThat(attacker.get(HOME).location()).as("not signed in").isEqualTo(SIGN_IN);

        // Fifteen minutes later.
        age();
        assertThat(client().signIn(name, GOOD_PASSWORD).location()).isEqualTo(HOME);
    }

    @Test
    void shouldLockANameWithoutAnAccountJustTheSame() {
        String nobody = uniqueName("nobody");
        EditorClient attacker = client();
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            assertThat(attacker.signIn(nobody, "wrong password " + i).location()).isEqualTo(FAILED);
        }
        assertThat(attacker.signIn(nobody, GOOD_PASSWORD).location()).isEqualTo(LOCKED);
    }

    @Test
    void shouldLockAnAddressAfterTwentyFailures() {
        String name = editorWithPassword("address", GOOD_PASSWORD);
        EditorClient attacker = client();
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            assertThat(attacker.signIn(uniqueName("guess"), "wrong password").location()).isEqualTo(FAILED);
        }
        assertThat(attacker.signIn(name, GOOD_PASSWORD).location()).isEqualTo(LOCKED);
        assertThat(client().signIn(name, GOOD_PASSWORD).location()).as("from elsewhere").isEqualTo(HOME);
    }

    @Test
    void shouldForgetAnAccountsFailuresOnceItsEditorSignsIn() {
        String name = editorWithPassword("forgiven", GOOD_PASSWORD);
        EditorClient editor = client();
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 1; i++) {
            editor.signIn(name, "typo " + i);
        }
        assertThat(editor.signIn(name, GOOD_PASSWORD).location()).isEqualTo(HOME);
        EditorClient later = client();
        later.signIn(name, "one more typo");
        assertThat(later.signIn(name, GOOD_PASSWORD).location()).isEqualTo(HOME);
    }

    @Test
    void shouldKeepOnlyKeyedHashesOfNamesAndAddresses() {
        String name = uniqueName("hashed");
        client().signIn(name, "wrong password");
        int rows = jdbc.queryForObject("""
                SELECT count(*) FROM editor_sign_in_failure
                WHERE position(convert_to(?, 'UTF8') IN account_hash) > 0
                   OR position(convert_to(?, 'UTF8') IN address_hash) > 0""", Integer.class, name, "192.0.2.");
        assertThat(rows).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM editor_sign_in_failure WHERE failed_at < now() - "
                + "interval '15 minutes 5 seconds'", Integer.class))
            .as("failures older than the window, after an attempt")
            .isZero();
    }

    @Test
    void shouldRemoveOldFailuresEvenWhenNobodySignsIn() {
        jdbc.update("INSERT INTO editor_sign_in_failure (account_hash, address_hash, failed_at) "
                + "VALUES (sha256('a'), sha256('b'), now() - interval '2 hours')");
        throttle.removeOldFailures();
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM editor_sign_in_failure WHERE failed_at < now() - " + "interval '1 hour'",
                Integer.class))
            .isZero();
    }

    /** Moves every failure back past the window. */
    private void age() {
        jdbc.update("UPDATE editor_sign_in_failure SET failed_at = failed_at - interval '16 minutes'");
    }

}
