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

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run of {@code deploy/start}: with {@code directory.training-run=true} the
 * application starts, creates the beans it leaves lazy at start-up (the editors' side:
 * Hibernate, the repositories, Spring Security, Spring Session), asks itself for a few
 * typical pages, an editor's sign-in page among them, so that all of that is part of what
 * the JVM records in its class data sharing archive or AOT cache, and exits. The next
 * start loads all of that ready made instead of doing it again; without the lazy beans
 * here, the background thread that creates them after a start would load their classes
 * one by one.
 */
@Component
@ConditionalOnBooleanProperty("directory.training-run")
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    static final List<String> PAGES = List.of("/", "/hotlines", "/hotlines/national-human-trafficking-hotline",
            "/departments/dhs", "/agencies/hsi", "/programs?function=protection", "/programs/blue-campaign",
            "/task-forces/pitf", "/immigration-relief", "/search?q=visa", "/api/v1/programs", "/api/v1/hotlines",
            "/export/hotlines.csv", "/no-such-page", "/editor", "/editor/sign-in");

    @EventListener
    void serveAndExit(ApplicationReadyEvent ready) throws IOException, InterruptedException {
        createLazySingletons(ready.getApplicationContext().getBeanFactory());
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

    /**
     * Every singleton left lazy, created now as it would be later (or at its first use).
     */
    static void createLazySingletons(ConfigurableListableBeanFactory beans) {
        int created = 0;
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            if (definition.isSingleton() && definition.isLazyInit() && !definition.isAbstract()) {
                beans.getBean(name);
                created++;
            }
        }
        log.info("Training run: created the {} lazy singletons", created);
    }

}
