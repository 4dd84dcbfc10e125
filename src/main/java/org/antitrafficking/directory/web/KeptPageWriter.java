package org.antitrafficking.directory.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Writes what the {@link PageCacheFilter} answers with: a 304 for a client that holds the
 * current ETag, or a page as it was kept, compressed if the client accepts it.
 */
final class KeptPageWriter {

    private KeptPageWriter() {
    }

    /** A 304: the ETag and the Cache-Control again, no body. */
    static void notModified(PageLookup.Lookup lookup, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.setHeader(HttpHeaders.ETAG, lookup.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, lookup.cacheControl());
    }

    static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        page.headers().forEach(response::setHeader);
        byte[] body = page.body();
        if (PageCache.isCompressible(page.contentType())) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (page.gzipped() != null && acceptsGzip(request)) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                body = page.gzipped();
            }
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            // One buffer for the whole body, so it leaves in one write rather than in 8
            // KB pieces.
            if (body.length > response.getBufferSize()) {
                response.setBufferSize(body.length);
            }
            response.getOutputStream().write(body);
        }
    }

    /**
     * Whether the client takes gzip: named in Accept-Encoding, and not refused with q=0.
     */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

}
