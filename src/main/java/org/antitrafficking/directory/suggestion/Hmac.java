package org.antitrafficking.directory.suggestion;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, the one keyed hash this package uses: to sign the form's tokens, to hash
 * client addresses and to derive those two keys from the day's key.
 */
final class Hmac {

    private static final String ALGORITHM = "HmacSHA256";

    /** Parts are joined with a byte no text part holds, so no two lists sign alike. */
    private static final byte SEPARATOR = 0;

    private Hmac() {
    }

    /** The HMAC of the parts, each as UTF-8, under the key. */
    static byte[] of(byte[] key, String... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    mac.update(SEPARATOR);
                }
                mac.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
            return mac.doFinal();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("The JVM offers no " + ALGORITHM, ex);
        }
    }

    /** Compares two MACs in time that does not depend on where they differ. */
    static boolean same(byte[] one, byte[] other) {
        return MessageDigest.isEqual(one, other);
    }

}
