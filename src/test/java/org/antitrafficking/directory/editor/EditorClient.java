package org.antitrafficking.directory.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One browser of an editor, over real HTTP: it keeps the session cookie as a browser
 * would (Java's own cookie store sends no {@code Secure} cookie over plain HTTP) and the
 * CSRF token of the last page it was given, follows no redirect by itself, and comes from
 * a client address of its own, which the application takes from {@code X-Forwarded-For}
 * as it does behind nginx, so that tests do not share sign-in limits.
 */
final class EditorClient {

    static final String COOKIE = "__Host-editor";

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;

    private final String address;

    private @Nullable String cookie;

    private String csrf = "";

    EditorClient(int port, String address) {
        this.port = port;
        this.address = address;
    }

    @Nullable String cookie() {
        return cookie;
    }

    void cookie(@Nullable String value) {
        this.cookie = value;
    }

    String csrf() {
        return csrf;
    }

    Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A form POST with the CSRF token of the last page. */
    Response post(String path, Map<String, String> form, String... headers) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return postExactly(path, fields, headers);
    }

    /** A form POST of these fields only: no token is added. */
    Response postExactly(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet()
            .stream()
            .map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the sign-in page and signs in; the answer to the form. */
    Response signIn(String username, String password) {
        get(EditorSecurityConfiguration.SIGN_IN);
        return post(EditorSecurityConfiguration.SIGN_IN, Map.of("username", username, "password", password));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .header("X-Forwarded-For", address);
        if (cookie != null) {
            request.header("Cookie", COOKIE + "=" + cookie);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            Response response = new Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
            for (String setCookie : response.setCookies()) {
                if (setCookie.startsWith(COOKIE + "=")) {
                    String value = setCookie.substring(COOKIE.length() + 1).split(";", 2)[0];
                    cookie = value.isEmpty() ? null : value;
                }
            }
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
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

    /** An answer. */
    record Response(HttpResponse<String> http) {

        int status() {
            return http.statusCode();
        }

        String body() {
            return http.body();
        }

        @Nullable String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }

        List<String> headers(String name) {
            return http.headers().allValues(name);
        }

        List<String> setCookies() {
            return new ArrayList<>(http.headers().allValues("Set-Cookie"));
        }

        /** Where a redirect leads, as a path. */
        @Nullable String location() {
            String location = header("Location");
            return (location != null) ? location.replaceFirst("^https?://[^/]+", "") : null;
        }

    }

}
