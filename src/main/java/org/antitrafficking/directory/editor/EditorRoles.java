package org.antitrafficking.directory.editor;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a signed-in editor may do. */
final class EditorRoles {

    /** A full editor, whose password is their own. */
    static final String EDITOR = "ROLE_EDITOR";

    /** An editor who signed in with a one-time password and must change it first. */
    static final String CHANGE_PASSWORD = "CHANGE_PASSWORD";

    private EditorRoles() {
    }

    static List<GrantedAuthority> editor() {
        return List.of(new SimpleGrantedAuthority(EDITOR));
    }

    static boolean mustChangePassword(Authentication authentication) {
        return authentication.getAuthorities()
            .stream()
            .anyMatch(authority -> CHANGE_PASSWORD.equals(authority.getAuthority()));
    }

}
