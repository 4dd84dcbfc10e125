package org.antitrafficking.directory.web;

import java.io.IOException;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.DirectoryProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes turns at the processors between the work no cache can hold (searches, pages with
 * a visitor's words, cache misses: renders) and the pages the {@link PageCacheFilter}
 * keeps, which cost a hundredth of a render. Without it, a flood of renders takes every
 * processor and thread, and the home page and the hotline list wait behind it.
 *
 * <p>
 * At most {@code directory.render.concurrent} renders run at once (by default two per
 * processor); the others wait in line, in the order they came, for up to
 * {@code directory.render.max-wait}. A request in line is suspended and holds no thread,
 * so a flood's connections wait without taking what other visitors need. Past
 * {@code directory.render.waiting} requests in line, or after waiting the longest, a
 * request gets the small, pre-rendered {@link BusyPage} with {@code Retry-After: 1}: a
 * 503 with the quick exit, 911 and the line for help, or a problem for the API.
 *
 * <p>
 * A kept page goes straight through while no render waits. While renders wait, kept pages
 * take turns too, as many at once as renders may, each waiting at most
 * {@link #KEPT_MAX_WAIT_MILLIS}: so the processors are shared between the two lines, and
 * neither a flood of renders starves the kept pages nor a crowd on kept pages starves the
 * searches.
 *
 * <p>
 * Turned-away requests are counted and logged at most once every ten seconds, never one
 * by one, so a flood does not also flood the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class RenderAdmissionFilter extends OncePerRequestFilter implements DisposableBean {

    static final String RETRY_AFTER = "1";

    /**
     * A kept page waits for a turn at most this long, and is then served all the same.
     */
    static final long KEPT_MAX_WAIT_MILLIS = 20;

    private static final int KEPT_MAX_WAITING = 1024;

    private final PageCacheFilter pageCache;

    private final BusyPage busyPage;

    private final TurnLine renders;

    private final TurnLine keptPages;

    private final ScheduledThreadPoolExecutor clock = TurnLine.clock("render-line-clock");

    private final TurnedAwayCounter turnedAway = new TurnedAwayCounter();

    RenderAdmissionFilter(DirectoryProperties properties, PageCacheFilter pageCache, BusyPage busyPage) {
        DirectoryProperties.Render limits = properties.render();
        this.pageCache = pageCache;
        this.busyPage = busyPage;
        int concurrent = limits.concurrentOrDefault();
        this.renders = new TurnLine(concurrent, limits.waiting(), limits.maxWait().toMillis(), clock);
        this.keptPages = new TurnLine(concurrent, KEPT_MAX_WAITING, KEPT_MAX_WAIT_MILLIS, clock);
    }

    @Override
    public void destroy() {
        clock.shutdownNow();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.equals("/actuator") || path.startsWith("/actuator/")
                || EditorArea.covers(request);
    }

    /**
     * A request that waited comes back as an async dispatch, holding the turn handed to
     * it.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            Object line = request.getAttribute(TurnLine.HOLDS_TURN);
            request.removeAttribute(TurnLine.HOLDS_TURN);
            if (line == renders) {
                serve(request, response, chain, renders);
            }
            else if (line == keptPages) {
                serve(request, response, chain, keptPages);
            }
            else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (pageCache.answersWithoutRendering(request)) {
            if (renders.waiting() == 0) {
                chain.doFilter(request, response);
            }
            else if (keptPages.tryTake()) {
                serve(request, response, chain, keptPages);
            }
            else if (!keptPages.join(request, AsyncContext::dispatch)) {
                chain.doFilter(request, response);
            }
            return;
        }
        if (renders.tryTake()) {
            serve(request, response, chain, renders);
        }
        else if (!renders.join(request, this::waitedTooLong)) {
            turnAway(request, response);
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, TurnLine line)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        finally {
            line.handOver();
            if (line == renders && renders.waiting() == 0) {
                keptPages.letEveryoneThrough();
            }
        }
    }

    private void waitedTooLong(AsyncContext async) throws IOException {
        turnAway((HttpServletRequest) async.getRequest(), (HttpServletResponse) async.getResponse());
        async.complete();
    }

    private void turnAway(HttpServletRequest request, HttpServletResponse response) throws IOException {
        turnedAway.count();
        BusyPage.Body body = busyPage.forRequest(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheHeaders.NO_STORE);
        response.setHeader(CacheHeaders.NOT_FOR_PROXIES, "0");
        response.setContentType(body.contentType());
        response.setContentLength(body.bytes().length);
        response.getOutputStream().write(body.bytes());
    }

    /** Requests turned away since the start. */
    long turnedAway() {
        return turnedAway.turnedAway();
    }

    /** Renders in line now. */
    int waiting() {
        return renders.waiting();
    }

}
