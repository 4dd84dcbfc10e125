package org.antitrafficking.directory.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run of {@code deploy/start}: with {@code directory.training-run=true} the
 * application starts, asks itself for a few typical pages so that serving them is part of
 * what the JVM records in its class data sharing archive or AOT cache, and exits. The
 * next start loads all of that ready made instead of doing it again.
 */
@Component
@ConditionalOnBooleanProperty("directory.training-run")
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    static final List<String> PAGES = List.of("/", "/hotlines", "/hotlines/national-human-trafficking-hotline",
            "/departments/dhs", "/agencies/hsi", "/programs?function=protection", "/programs/blue-campaign",
            "/task-forces/pitf", "/immigration-relief", "/search?q=visa", "/api/v1/programs", "/api/v1/hotlines",
            "/export/hotlines.csv", "/no-such-page");

    @EventListener
    void serveAndExit(ApplicationReadyEvent ready) throws IOException, InterruptedException {
        int port = ready.getApplicationContext()
            .getEnvironment()
            .getRequiredProperty("local.server.port", Integer.class);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String page : PAGES) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                .header("Accept-Encoding", "gzip")
                .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            log.info("Training run: {} answered {}", page, status);
        }
        System.exit(SpringApplication.exit(ready.getApplicationContext(), () -> 0));
    }

}
