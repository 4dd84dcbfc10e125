package org.antitrafficking.directory.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

/**
 * The editors' part of the site, {@code /editor}: pages for one signed-in editor, each
 * with a CSRF token, which the {@link PageCacheFilter} must never keep and which do not
 * take turns to render in the {@link RenderAdmissionFilter} (a request that waits is
 * dispatched again, and Spring Security checks a form's CSRF token on the first dispatch
 * only). The path is judged as the servlet container and the dispatcher see it, decoded,
 * without {@code ;} parameters, {@code //} or dot segments, and generously: whatever
 * could reach an editor page counts.
 */
final class EditorArea {

    static final String PREFIX = "/editor";

    private EditorArea() {
    }

    static boolean covers(HttpServletRequest request) {
        String path = PageLookup.path(request);
        if (path.indexOf('%') < 0 && path.indexOf(';') < 0 && !path.contains("//") && !path.contains("/.")) {
            return path.startsWith(PREFIX);
        }
        String decoded;
        try {
            decoded = UriUtils.decode(path, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return true;
        }
        String plain = decoded.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return StringUtils.cleanPath(plain).startsWith(PREFIX);
    }

}
