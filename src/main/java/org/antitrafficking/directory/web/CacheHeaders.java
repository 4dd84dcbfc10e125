package org.antitrafficking.directory.web;

import java.time.Duration;

/**
 * What the {@link PageCacheFilter} tells browsers and shared caches about keeping a
 * response. Browsers may keep a page five minutes and a shared cache or CDN the shared
 * max-age, serving it stale while it revalidates or while the site is down; the CSV and
 * zip files change with the data too, but are asked for far less often, so they are kept
 * an hour, and by a shared cache at least five minutes.
 */
final class CacheHeaders {

    static final String NO_STORE = "no-store";

    /**
     * nginx's own header: keep this response out of its cache. nginx does not pass it on.
     */
    static final String NOT_FOR_PROXIES = "X-Accel-Expires";

    private final String page;

    private final String export;

    CacheHeaders(Duration sharedMaxAge) {
        long shared = sharedMaxAge.toSeconds();
        this.page = "public, max-age=300, s-maxage=" + shared + ", stale-while-revalidate=300, stale-if-error=86400";
        this.export = "public, max-age=3600, s-maxage=" + Math.max(shared, 300)
                + ", stale-while-revalidate=3600, stale-if-error=86400";
    }

    /**
     * What a page or an API response may be kept for, by browsers and by shared caches.
     */
    String page() {
        return page;
    }

    /** The same for the CSV and zip files. */
    String export() {
        return export;
    }

    /** The Cache-Control for what is found at this path. */
    String forPath(String path) {
        return path.startsWith("/export/") ? export : page;
    }

}
