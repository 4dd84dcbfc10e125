package org.antitrafficking.directory.editor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an editor's name and password (Spring Security's
 * {@link DaoAuthenticationProvider} on the accounts), inside the {@link SignInThrottle}'s
 * limits. Being a bean, it is also what keeps Spring Boot from creating its default
 * account: there is none.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;

    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(EditorAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(new EditorUserDetailsService(accounts));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = EditorAccounts.normalize(authentication.getName());
        String address = (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) ? details.getRemoteAddress() : "";
        long attempt = throttle.begin(username, address);
        UsernamePasswordAuthenticationToken normalized = UsernamePasswordAuthenticationToken.unauthenticated(username,
                authentication.getCredentials());
        normalized.setDetails(authentication.getDetails());
        Authentication signedIn = passwords.authenticate(normalized);
        throttle.succeeded(attempt, username);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
