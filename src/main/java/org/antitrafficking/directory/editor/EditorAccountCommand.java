package org.antitrafficking.directory.editor;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The command-line tasks of editors' accounts (README, "Editors"):
 * {@code --editor.create=name} creates an account and prints a one-time password, valid
 * for {@link #VALIDITY}, which must be changed at the first sign-in;
 * {@code --editor.reset=name} gives an account a new one-time password, for an editor who
 * forgot theirs; {@code --editor.disable=name} closes an account. Resetting and disabling
 * end every session the account has open. The application then exits without serving
 * ({@code DirectoryApplication} starts it without a web server); with any other arguments
 * this does nothing.
 */
@Component
class EditorAccountCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String PROPERTY = "editor.create";

    static final String RESET = "editor.reset";

    static final String DISABLE = "editor.disable";

    static final Duration VALIDITY = Duration.ofHours(24);

    /** An account of that name exists already. */
    static final int EXISTS = 1;

    /** The name cannot be an account's. */
    static final int BAD_NAME = 2;

    /** No account has that name. */
    static final int NO_SUCH_ACCOUNT = 3;

    private final Environment environment;

    // Looked up when a task runs: the application runs this at every start, and the
    // site's starts need neither (WriteSideStartup creates them later).
    private final ObjectProvider<EditorAccounts> accounts;

    private final ObjectProvider<PasswordEncoder> encoder;

    private final Clock clock = Clock.systemUTC();

    private int exitCode;

    EditorAccountCommand(Environment environment, ObjectProvider<EditorAccounts> accounts,
            ObjectProvider<PasswordEncoder> encoder) {
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
        String reset = environment.getProperty(RESET);
        if (reset != null) {
            this.exitCode = reset(EditorAccounts.normalize(reset), System.out, System.err);
        }
        String disable = environment.getProperty(DISABLE);
        if (disable != null) {
            this.exitCode = disable(EditorAccounts.normalize(disable), System.out, System.err);
        }
    }

    /** A new one-time password for the account, whose open sessions end. */
    int reset(String username, PrintStream out, PrintStream err) {
        String password = OneTimePasswords.generate();
        Instant expires = clock.instant().plus(VALIDITY).truncatedTo(ChronoUnit.SECONDS);
        if (!accounts.getObject().reset(username, encoder.getObject().encode(password), expires)) {
            err.println("No editor is called \"" + printable(username) + "\". Nothing was changed.");
            return NO_SUCH_ACCOUNT;
        }
        int ended = accounts.getObject().endSessions(username);
        out.println("The editor account \"" + username + "\" has a new one-time password (" + ended
                + " open session(s) ended):");
        printPassword(password, expires, out);
        return 0;
    }

    /** Closes the account: it cannot sign in, and its open sessions end. */
    int disable(String username, PrintStream out, PrintStream err) {
        if (!accounts.getObject().disable(username)) {
            err.println("No editor is called \"" + printable(username) + "\". Nothing was changed.");
            return NO_SUCH_ACCOUNT;
        }
        int ended = accounts.getObject().endSessions(username);
        out.println("The editor account \"" + username + "\" is disabled; " + ended
                + " open session(s) ended. Its revisions and checks stay in the history.");
        return 0;
    }

    int create(String username, PrintStream out, PrintStream err) {
        if (!EditorAccounts.USERNAME.matcher(username).matches()) {
            err.println("An editor's name is 1 to 40 lowercase letters, digits, dots, dashes or underscores, "
                    + "starting with a letter or digit; \"" + printable(username)
                    + "\" is not one. No account was created.");
            return BAD_NAME;
        }
        String password = OneTimePasswords.generate();
        Instant expires = clock.instant().plus(VALIDITY).truncatedTo(ChronoUnit.SECONDS);
        if (!accounts.getObject().create(username, encoder.getObject().encode(password), expires)) {
            err.println("An editor called \"" + username + "\" exists already. No account was created.");
            return EXISTS;
        }
        out.println("Created the editor account \"" + username + "\". Its one-time password is:");
        printPassword(password, expires, out);
        return 0;
    }

    private static void printPassword(String password, Instant expires, PrintStream out) {
        out.println();
        out.println("    " + password);
        out.println();
        out.println("Give it to the editor by a private channel. It works until " + expires + " (" + VALIDITY.toHours()
                + " hours), once: at the first sign-in, at /editor/sign-in, the editor "
                + "chooses a password of their own.");
    }

    private static String printable(String username) {
        return username.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

}
