package org.antitrafficking.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.ReadModelRefreshed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Rendered responses of one data version, so a page asked for again costs neither a query
 * nor a template. Bounded by the bytes it holds; an entry keeps the body as rendered and,
 * where it is worth it, gzip-compressed. A new data version empties it.
 */
@Component
class PageCache {

    /** Smaller bodies are sent as they are: compressing them saves less than it costs. */
    private static final int MIN_COMPRESSED_SIZE = 1024;

    private final Cache<Key, Page> pages;

    PageCache(DirectoryProperties properties) {
        DataSize maxSize = properties.pageCache().maxSize();
        this.pages = Caffeine.newBuilder()
            .maximumWeight(maxSize.toBytes())
            .weigher((Key key, Page page) -> page.weight() + key.target().length())
            .build();
    }

    /**
     * What identifies a response: the data version it shows, the scheme, host and port
     * the request came to (some responses, such as the OpenAPI document's server or the
     * site files without a configured address, are built from them, so a request naming
     * another host must never be answered from a response rendered for this one) and the
     * path with its query.
     */
    record Key(DataVersion version, String origin, String target) {
    }

    /** A rendered response; {@code gzipped} is null where it is not worth compressing. */
    record Page(String contentType, Map<String, String> headers, byte[] body, byte[] gzipped) {

        int weight() {
            return body.length + ((gzipped != null) ? gzipped.length : 0) + 256;
        }
    }

    Page get(Key key) {
        return pages.getIfPresent(key);
    }

    /** Keeps a rendered body, compressed too if its type is text and it is big enough. */
    Page put(Key key, String contentType, Map<String, String> headers, byte[] body) {
        byte[] gzipped = (body.length >= MIN_COMPRESSED_SIZE && isCompressible(contentType)) ? gzip(body) : null;
        Page page = new Page(contentType, Map.copyOf(headers), body, gzipped);
        pages.put(key, page);
        return page;
    }

    @EventListener
    void dataChanged(ReadModelRefreshed refreshed) {
        clear();
    }

    void clear() {
        pages.invalidateAll();
    }

    long size() {
        return pages.estimatedSize();
    }

    /** The addresses of the kept pages, for a test to see what is kept. */
    List<String> targets() {
        return pages.asMap().keySet().stream().map(Key::target).toList();
    }

    static boolean isCompressible(String contentType) {
        return contentType != null && (contentType.startsWith("text/") || contentType.contains("json")
                || contentType.contains("xml") || contentType.startsWith("application/javascript"));
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

}
