package org.antitrafficking.directory.editor;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts as Spring Security sees them. An editor whose password is a one-time one
 * holds only {@link EditorRoles#CHANGE_PASSWORD}, which opens the page to change it and
 * nothing else; an expired one-time password no longer signs in. Not a bean: the
 * {@link ThrottledAuthenticationProvider} alone asks it.
 */
class EditorUserDetailsService implements UserDetailsService {

    private final EditorAccounts accounts;

    private final Clock clock = Clock.systemUTC();

    EditorUserDetailsService(EditorAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        EditorAccount account = accounts.find(EditorAccounts.normalize(username))
            .orElseThrow(() -> new UsernameNotFoundException("No such editor"));
        return User.withUsername(account.username())
            .password(account.passwordHash())
            .disabled(account.disabled())
            .credentialsExpired(account.oneTimePasswordExpired(clock.instant()))
            .authorities(account.mustChangePassword() ? EditorRoles.CHANGE_PASSWORD : EditorRoles.EDITOR)
            .build();
    }

}
