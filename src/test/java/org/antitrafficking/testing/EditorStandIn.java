package org.antitrafficking.testing;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stand-ins for the editors' area until it exists: a page with a secret beside what an
 * editor typed, long enough for the server to compress it, the same page beside the area
 * ({@code /editorial}), one that wrongly calls itself public, and a sign-in that starts a
 * session, with a count of the sessions started. Outside the application's packages, so
 * that only the applications a test starts with it have it.
 */
@RestController
public class EditorStandIn implements HttpSessionListener {

    /** What the page says. */
    public static final String PAGE = "<p>An editor's page, with a secret beside what they typed.</p>".repeat(100);

    private static final AtomicInteger SESSIONS_STARTED = new AtomicInteger();

    /** Sessions started in any application with the stand-in since the JVM started. */
    public static int sessionsStarted() {
        return SESSIONS_STARTED.get();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        SESSIONS_STARTED.incrementAndGet();
    }

    @GetMapping(path = { "/editor/stand-in", "/editorial/stand-in" }, produces = "text/html")
    String page() {
        return PAGE;
    }

    /**
     * An editor's page whose headers, by a mistake, would let any cache keep it, nginx's
     * included.
     */
    @GetMapping(path = "/editor/stand-in/public", produces = "text/html")
    String publicPage(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60, s-maxage=60");
        response.setHeader("X-Accel-Expires", "60");
        return PAGE;
    }

    @GetMapping("/editor/stand-in/sign-in")
    String signIn(HttpServletRequest request) {
        request.getSession(true).setAttribute("editor", "stand-in");
        return "signed in";
    }

}
