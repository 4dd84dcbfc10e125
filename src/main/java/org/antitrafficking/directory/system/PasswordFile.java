package org.antitrafficking.directory.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The superuser's password of an {@link EmbeddedDatabase}, kept in {@value #NAME} in its
 * data directory, readable by its owner only: made at random once, and read again at
 * every later start.
 */
final class PasswordFile {

    /** The file's name in the data directory. */
    static final String NAME = "directory-password";

    /** Read and written by the owner, and by no one else. */
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    private PasswordFile(Path file) {
        this.file = file;
    }

    /**
     * The password file of the data directory {@code directory}, which may not exist yet.
     */
    static PasswordFile in(Path directory) {
        return new PasswordFile(directory.resolve(NAME));
    }

    /**
     * A new password: 32 random bytes, as URL-safe base 64 (no character that needs
     * quoting).
     */
    static String generated() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A new file for initdb's {@code --pwfile} holding {@code password}, outside the data
     * directory and readable by its owner only; the caller deletes it.
     */
    static Path forInitdb(String password) throws IOException {
        Path file = Files.createTempFile("directory-initdb", ".pw", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, password, StandardCharsets.UTF_8);
        return file;
    }

    /** Whether the data directory has a password yet. */
    boolean exists() {
        return Files.exists(file);
    }

    /** The password the file keeps, without the line break after it. */
    String read() throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /**
     * Keeps {@code password} in the file, creating it readable by its owner only, and
     * making it so if it was not.
     */
    void write(String password) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }

}
