package org.antitrafficking.directory.editor;

import java.util.Arrays;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Remembers the editor's page someone asked for before signing in, in a cookie of the
 * editors' area alone ({@code Path=/editor}, never sent to a public page), rather than in
 * a session: a session would store a row in PostgreSQL for every anonymous visit to an
 * editor's address. Only a path of the editors' area is kept and followed, so the cookie
 * can send nobody elsewhere; it is removed at sign-in.
 */
final class ContinueCookie implements RequestCache {

    static final String NAME = "editor-continue";

    /** A path of the editors' area: letters, digits and a few safe characters. */
    private static final Pattern EDITOR_PATH = Pattern.compile("/editor(/[A-Za-z0-9._~-]+)*");

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        if ("GET".equals(request.getMethod()) && path != null && kept(path)) {
            response.addCookie(cookie(path, -1));
        }
    }

    @Override
    public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        String path = sent(request);
        return (path != null) ? new SimpleSavedRequest(path) : null;
    }

    @Override
    public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        if (sent(request) != null) {
            response.addCookie(cookie("", 0));
        }
    }

    private static @Nullable String sent(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
            .filter((cookie) -> NAME.equals(cookie.getName()) && kept(cookie.getValue()))
            .map(Cookie::getValue)
            .findFirst()
            .orElse(null);
    }

    private static boolean kept(String path) {
        return path.length() <= 200 && EDITOR_PATH.matcher(path).matches()
                && !path.startsWith(EditorSecurityConfiguration.SIGN_IN)
                && !path.startsWith(EditorSecurityConfiguration.SIGN_OUT);
    }

    private static Cookie cookie(String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(EditorSecurityConfiguration.HOME);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

}
