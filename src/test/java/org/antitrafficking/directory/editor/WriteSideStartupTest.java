package org.antitrafficking.directory.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.PublicRoutes;
import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.antitrafficking.testing.HeldWriteSide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' side stays off the path to the first public page
 * ({@link WriteSideStartup}): once the context has refreshed, neither Hibernate's entity
 * manager factory, the records' repositories, Spring Security's filter chains, Spring
 * Session's repository nor any other bean made lazy exists. The thread that creates them
 * after start-up is held at its first bean ({@link HeldWriteSide}), holding Spring's lock
 * on creating singletons: every public page and API operation is still served, so none
 * needs the editors' side; an anonymous request to {@code /editor} waits, and once the
 * thread goes on it is sent to sign in, never served unprotected. Then every lazy bean
 * exists, and an editor signs in and works.
 */
@Tag("slow")
class WriteSideStartupTest {

    private static final String PASSWORD = "plum orchard at the quiet harbour";

    private static final List<String> OPENAPI_DOCUMENTS = List.of("/v3/api-docs", "/v3/api-docs/v1",
            "/v3/api-docs/hsds");

    private static RunningApplication app;

    @BeforeAll
    static void start() {
        TestDatabase.Connection database = TestDatabase.get();
        app = RunningApplication.startWith(List.of(HeldWriteSide.class), database.jdbcUrl(), database.username(),
                database.password());
    }

    @AfterAll
    static void stop() {
        HeldWriteSide.release();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldServeThePublicSiteWithoutTheEditorsSideAndProtectTheEditorsPagesFromTheFirstRequest() throws Exception {
        WriteSideStartup startup = app.context().getBean(WriteSideStartup.class);
        Set<String> lazy = startup.lazyBeans();
        assertThat(lazy).as("made lazy")
            .contains("entityManagerFactory", "transactionManager", "jpaSharedEM_entityManagerFactory",
                    "hotlineRepository", "programRepository", "editorFilterChain", "springSecurityFilterChain",
                    "sessionRepository", "springSessionRepositoryFilter", "recordEditor", "editorAccounts",
                    "editorHomeController");
        assertThat(lazy).as("kept eager: what public pages use and what start-up creates anyway")
            .doesNotContain("dataSource", "flyway", "flywayInitializer", "refreshingReadModel", "suggestionStore",
                    "requestDataValueProcessor", "securityFilterChainRegistration",
                    "sessionRepositoryFilterRegistration", "editorDatabaseOutage", "writeSideStartup");
        Set<String> atRefresh = HeldWriteSide.singletonsAtRefresh();
        assertThat(atRefresh).as("singletons at refresh").contains("refreshingReadModel", "dataSource");
        assertThat(atRefresh).as("lazy beans created by the refresh").doesNotContainAnyElementsOf(lazy);
        assertThat(atRefresh).doesNotContain("&entityManagerFactory", "entityManagerFactory");

        String heldAt = HeldWriteSide.awaitHeld();
        assertThat(heldAt).as("the editors' side is being created").isNotNull();
        assertThat(startup.created()).isNotDone();

        for (String route : routes()) {
            CompletableFuture<RunningApplication.Response> page = CompletableFuture.supplyAsync(() -> app.get(route));
            try {
                assertThat(page.get(10, TimeUnit.SECONDS).status()).as("%s while the editors' side is created", route)
                    .isEqualTo(200);
            }
            catch (TimeoutException ex) {
                throw new AssertionError(route + " waits for the editors' side:\n" + waitingForBeans(), ex);
            }
        }

        EditorClient visitor = new EditorClient(app.port(), "192.0.2.201");
        CompletableFuture<EditorClient.Response> editorPage = CompletableFuture
            .supplyAsync(() -> visitor.get(EditorSecurityConfiguration.HOME));
        Thread.sleep(1000);
        assertThat(editorPage).as("an editor's page waits for Spring Security").isNotDone();
        assertThat(startup.created()).isNotDone();

        HeldWriteSide.release();
        EditorClient.Response answer = editorPage.get(120, TimeUnit.SECONDS);
        assertThat(answer.status()).as("%s before the editors' side was created", EditorSecurityConfiguration.HOME)
            .isEqualTo(302);
        assertThat(answer.location()).isEqualTo(EditorSecurityConfiguration.SIGN_IN);

        startup.created().get(120, TimeUnit.SECONDS);
        for (String document : OPENAPI_DOCUMENTS) {
            assertThat(app.get(document).status()).as(document).isEqualTo(200);
        }
        ConfigurableListableBeanFactory beans = app.context().getBeanFactory();
        assertThat(lazy).as("created after start-up")
            .allSatisfy((name) -> assertThat(beans.containsSingleton(name)).as(name).isTrue());

        String name = "startup-" + Long.toString(System.nanoTime(), 36);
        app.context()
            .getBean(JdbcTemplate.class)
            .update("INSERT INTO editor (username, password_hash, must_change_password) VALUES (?, ?, false)", name,
                    app.context().getBean(PasswordEncoder.class).encode(PASSWORD));
        EditorClient editor = new EditorClient(app.port(), "192.0.2.202");
        assertThat(editor.signIn(name, PASSWORD).location()).isEqualTo(EditorSecurityConfiguration.HOME);
        assertThat(editor.get(EditorSecurityConfiguration.HOME).status()).isEqualTo(200);
        EditorClient.Response form = editor.get("/editor/records/hotline/national-human-trafficking-hotline");
        assertThat(form.status()).as("a record's form, read through JPA").isEqualTo(200);
        assertThat(form.body()).contains("National Human Trafficking Hotline");
    }

    /**
     * Every public route but the OpenAPI documents: springdoc's first document looks at
     * every controller, the editors' included, so it waits for them (once, in the first
     * seconds after a start); it describes only the public API.
     */
    private static List<String> routes() {
        List<String> routes = new ArrayList<>(PublicRoutes.of(app.context().getBean(ReadModel.class).snapshot()));
        routes.addAll(List.of("/suggest/hotline/national-human-trafficking-hotline", "/changes", "/changes.atom",
                "/actuator/health", "/actuator/health/readiness"));
        routes.removeIf((route) -> OPENAPI_DOCUMENTS.stream().anyMatch(route::startsWith));
        return routes;
    }

    /** The stacks of the threads that wait to create a bean, but the one held. */
    private static String waitingForBeans() {
        StringBuilder stacks = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (!thread.getName().equals(HeldWriteSide.THREAD) && Arrays.stream(stack)
                .anyMatch((frame) -> frame.getMethodName().equals("getSingleton")
                        || frame.getMethodName().equals("getSingletonFactoryBeanForTypeCheck"))) {
                stacks.append(thread.getName()).append('\n');
                Arrays.stream(stack).limit(40).forEach((frame) -> stacks.append("    ").append(frame).append('\n'));
            }
        });
        return stacks.toString();
    }

}
