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
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.antitrafficking.directory.DirectoryApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started as in production, on a free port and on the given
 * database, for tests that stop its database or run several instances of it. Requests go
 * over real HTTP.
 */
public final class RunningApplication implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final Semaphore LOGGING_SET_UP = new Semaphore(1);

    private final ConfigurableApplicationContext context;

    private final int port;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /**
     * Starts an instance on the database at {@code jdbcUrl}; {@code properties} add to or
     * override the defaults.
     */
    public static RunningApplication start(String jdbcUrl, String username, String password, String... properties) {
        return startWith(List.of(), jdbcUrl, username, password, properties);
    }

    /**
     * The same, with more configuration classes, such as a controller a test drives the
     * application with.
     */
    public static RunningApplication startWith(List<Class<?>> moreSources, String jdbcUrl, String username,
            String password, String... properties) {
        List<Class<?>> sources = new ArrayList<>(List.of(DirectoryApplication.class));
        sources.addAll(moreSources);
        List<String> settings = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
                "spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + username,
                "spring.datasource.password=" + password, "directory.quick-exit-url=about:blank"));
        settings.addAll(List.of(properties));
        // Spring Boot sets up the JVM's one logging system as an application starts, and
        // two starting
        // at the same moment in one JVM race on it (separate processes, as in production,
        // do not).
        // Instances take turns until logging is set up, then start the rest, migrations
        // included, together.
        LOGGING_SET_UP.acquireUninterruptibly();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                LOGGING_SET_UP.release();
            }
        };
        try {
            return new RunningApplication(new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .properties(settings.toArray(String[]::new))
                .listeners((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof ApplicationPreparedEvent || event instanceof ApplicationFailedEvent) {
                        release.run();
                    }
                })
                .run());
        }
        finally {
            release.run();
        }
    }

    public int port() {
        return port;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /**
     * A GET of {@code path} with the given header names and values, and how long it took.
     */
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

    /**
     * The status of one part of the health check, asked of the part itself: the endpoint
     * tells outsiders only UP or DOWN, and keeps its answer a few seconds.
     */
    public String healthOf(String component) {
        HealthContributor contributor = context.getBean(HealthContributorRegistry.class).getContributor(component);
        return ((HealthIndicator) contributor).health().getStatus().getCode();
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
