package org.antitrafficking.directory.editor;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How editors' passwords are hashed: Argon2id (RFC 9106) with OWASP's minimum of 19 MiB,
 * two passes and one lane, through a {@link DelegatingPasswordEncoder}, so that each hash
 * names its algorithm ({@code {argon2}$argon2id$...}) and a stronger one can take over
 * later without resetting anyone.
 *
 * <p>
 * Not the default of {@code PasswordEncoderFactories}, bcrypt: bcrypt reads only the
 * first 72 bytes of a password, and a long password (or passphrase) must count in full,
 * never truncated. Argon2 takes the whole password. Only Argon2 is accepted: a hash of
 * any other kind (a {@code {noop}} one written into the table by mistake, say) matches
 * nothing. Spring Security runs Argon2 on BouncyCastle.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ENCODING_ID = "argon2";

    @Bean
    static PasswordEncoder editorPasswordEncoder() {
        return encoder();
    }

    static PasswordEncoder encoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ENCODING_ID,
                Map.of(ENCODING_ID, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)));
        encoder.setDefaultPasswordEncoderForMatches(new MatchesNothing());
        return encoder;
    }

    /** What a hash of any other kind is checked with. */
    private static final class MatchesNothing implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("Only Argon2 hashes are made");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }

    }

}
