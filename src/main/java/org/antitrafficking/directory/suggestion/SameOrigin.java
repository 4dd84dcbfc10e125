package org.antitrafficking.directory.suggestion;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Whether a form was sent from one of this site's own pages, as OWASP ASVS 5.0 asks of
 * CORS-safelisted requests to sensitive functions (3.5.1, and 3.5.3 on Sec-Fetch-*), and
 * as the OWASP Cross-Site Request Forgery Prevention Cheat Sheet ("Fetch Metadata
 * headers", "Using Standard Headers to Verify Origin") says to check it:
 * <ol>
 * <li>A browser that sends {@code Sec-Fetch-Site} (every major one since March 2023) is
 * believed: only {@code same-origin} passes; {@code same-site}, {@code cross-site} and
 * {@code none} do not.</li>
 * <li>Without it, the cheat sheet makes a fallback to origin verification mandatory:
 * {@code Origin}, if sent, must be this site's origin ({@code null} is not); else
 * {@code Referer}, if sent, must start with it. The form's pages send
 * {@code Referrer-Policy: same-origin}, under which a browser sends both for a form
 * posted to its own origin (under {@code no-referrer}, the rest of the site's policy, a
 * browser would send {@code Origin: null}).</li>
 * <li>With none of the three, the request is let through. The cheat sheet leaves that
 * choice open ("accept or block", its "fail-open (compatibility-first)" fallback to CSRF
 * tokens): no browser made since 2020 posts a form without {@code Origin}, so such a
 * request is not a browser led astray by another site but a client that could send any
 * header it liked. What holds it back is what holds back every client: the signed token,
 * the minimum time to fill and the limit per address.</li>
 * </ol>
 * The site's origin is the one the request came to, as Jetty reads it from the proxy's
 * {@code X-Forwarded-*} headers.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    /** Whether the request may be taken as sent from this site's own form. */
    static boolean allows(HttpServletRequest request) {
        return allows(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Referer"),
                originOf(request.getScheme(), request.getServerName(), request.getServerPort()));
    }

    static boolean allows(@Nullable String fetchSite, @Nullable String origin, @Nullable String referer,
            String target) {
        if (fetchSite != null) {
            return fetchSite.strip().equalsIgnoreCase("same-origin");
        }
        if (origin != null) {
            return target.equals(normalized(origin));
        }
        if (referer != null) {
            String from = normalized(referer);
            return target.equals(from);
        }
        return true;
    }

    /**
     * {@code https://example.org}, with the port only where it is not the scheme's own.
     */
    static String originOf(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (lowerScheme.equals("https") && port == 443)
                || (lowerScheme.equals("http") && port == 80);
        String lowerHost = host.toLowerCase(Locale.ROOT);
        if (lowerHost.contains(":") && !lowerHost.startsWith("[")) {
            lowerHost = "[" + lowerHost + "]";
        }
        return lowerScheme + "://" + lowerHost + (defaultPort ? "" : ":" + port);
    }

    /** The origin of an absolute URL, or "" for anything else ({@code null} included). */
    private static String normalized(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return "";
            }
            return originOf(uri.getScheme(), uri.getHost(), uri.getPort());
        }
        catch (URISyntaxException ex) {
            return "";
        }
    }

}
