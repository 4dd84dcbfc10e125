package org.antitrafficking.directory.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.antitrafficking.directory.DirectoryApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started as in production, on a free port and on the given database, for tests
 * that stop its database or run several instances of it. Requests go over real HTTP.
 */
public final class RunningApplication implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ConfigurableApplicationContext context;
    private final int port;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Starts an instance on the database at {@code jdbcUrl}; {@code properties} add to or override the defaults. */
    public static RunningApplication start(String jdbcUrl, String username, String password, String... properties) {
        List<String> settings = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
                "spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + username,
                "spring.datasource.password=" + password, "directory.quick-exit-url=about:blank"));
        settings.addAll(List.of(properties));
        return new RunningApplication(new SpringApplicationBuilder(DirectoryApplication.class)
            .properties(settings.toArray(String[]::new))
            .run());
    }

    public int port() {
        return port;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** A GET of {@code path} with the given header names and values, and how long it took. */
    public Response get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response, Duration.ofNanos(System.nanoTime() - start));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** A response and how long it took to come. */
    public record Response(HttpResponse<String> http, Duration took) {

        public int status() {
            return http.statusCode();
        }

        public String body() {
            return http.body();
        }

        public String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }
    }
}
