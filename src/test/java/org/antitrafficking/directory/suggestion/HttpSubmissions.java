package org.antitrafficking.directory.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * Sends suggestion forms over real HTTP, as nginx passes them on: from the client address
 * it names in {@code X-Forwarded-For}, with the browser's {@code Sec-Fetch-Site}.
 */
final class HttpSubmissions {

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    private HttpSubmissions() {
    }

    /** The token of the form at {@code path} on the instance at {@code port}. */
    static String tokenOf(int port, String path) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
        return Jsoup.parse(form.body()).select("input[name=token]").val();
    }

    /**
     * Posts the fields, URL-encoded, to {@code path} from {@code address}, with the given
     * header names and values instead of {@code Sec-Fetch-Site: same-origin} if any.
     */
    static HttpResponse<String> post(int port, String path, Map<String, String> fields, String address,
            String... headers) {
        String body = fields.entrySet()
            .stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        return postBytes(port, path, body.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded; charset=UTF-8", address, headers);
    }

    /** Posts the body as it is, with the given content type, from {@code address}. */
    static HttpResponse<String> postBytes(int port, String path, byte[] body, String contentType, String address,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .header("X-Forwarded-For", address)
            .headers((headers.length > 0) ? headers : new String[] { "Sec-Fetch-Site", "same-origin" });
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
