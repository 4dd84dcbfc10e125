package org.antitrafficking.directory.editor;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The command-line task that creates an editor's account:
 * {@code java -jar directory.jar --editor.create=name} (README, "Editors"). It prints a
 * one-time password, valid for {@link #VALIDITY}, which must be changed at the first
 * sign-in. The application then exits without serving ({@code DirectoryApplication}
 * starts it without a web server); with any other arguments this does nothing.
 */
@Component
class EditorCreateCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String PROPERTY = "editor.create";

    static final Duration VALIDITY = Duration.ofHours(24);

    /** An account of that name exists already. */
    static final int EXISTS = 1;

    /** The name cannot be an account's. */
    static final int BAD_NAME = 2;

    private final Environment environment;

    private final EditorAccounts accounts;

    private final PasswordEncoder encoder;

    private final Clock clock = Clock.systemUTC();

    private int exitCode;

    EditorCreateCommand(Environment environment, EditorAccounts accounts, PasswordEncoder encoder) {
        this.environment = environment;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String requested = environment.getProperty(PROPERTY);
        if (requested != null) {
            this.exitCode = create(EditorAccounts.normalize(requested), System.out, System.err);
        }
    }

    int create(String username, PrintStream out, PrintStream err) {
        if (!EditorAccounts.USERNAME.matcher(username).matches()) {
            err.println("An editor's name is 1 to 40 lowercase letters, digits, dots, dashes or underscores, "
                    + "starting with a letter or digit; \"" + username.replaceAll("\\p{Cntrl}", "?")
                    + "\" is not one. No account was created.");
            return BAD_NAME;
        }
        String password = OneTimePasswords.generate();
        Instant expires = clock.instant().plus(VALIDITY).truncatedTo(ChronoUnit.SECONDS);
        if (!accounts.create(username, encoder.encode(password), expires)) {
            err.println("An editor called \"" + username + "\" exists already. No account was created.");
            return EXISTS;
        }
        out.println("Created the editor account \"" + username + "\". Its one-time password is:");
        out.println();
        out.println("    " + password);
        out.println();
        out.println("Give it to the editor by a private channel. It works until " + expires + " (" + VALIDITY.toHours()
                + " hours), once: at the first sign-in, at /editor/sign-in, the editor "
                + "chooses a password of their own.");
        return 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

}
