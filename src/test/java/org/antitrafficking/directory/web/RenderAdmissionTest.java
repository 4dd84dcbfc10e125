package org.antitrafficking.directory.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.support.RunningApplication;
import org.antitrafficking.directory.support.TestDatabase;
import org.antitrafficking.testing.HeldRender;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.antitrafficking.directory.support.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound on renders at once, from outside, on an instance allowed one render and one
 * request in line: while a render holds the only turn, a kept page is still answered at
 * once, and still while a search waits; the search waits in line and is answered when the
 * turn comes free; one more finds the line full and gets the pre-rendered busy page (503,
 * Retry-After, no-store, the quick exit, 911 and the line for help, with the data's
 * numbers), or a problem from the API; a request that waits too long gets the same; and
 * every turn comes back.
 */
@Tag("slow")
class RenderAdmissionTest {

    private static final Duration MAX_WAIT = Duration.ofMillis(1500);

    private static RunningApplication app;

    @BeforeAll
    static void startAnInstanceWithOneTurn() {
        TestDatabase.Connection database = TestDatabase.get();
        app = RunningApplication.startWith(List.of(HeldRender.class), database.jdbcUrl(), database.username(),
                database.password(), "directory.render.concurrent=1", "directory.render.waiting=1",
                "directory.render.max-wait=" + MAX_WAIT.toMillis() + "ms");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @AfterEach
    void letAnyHeldRenderEnd() {
        HeldRender.release();
    }

    @Test
    void shouldAnswerKeptPagesAtOnceAndLetASearchWaitItsTurnWhileTheOnlyTurnIsHeld() throws Exception {
        assertThat(app.get("/").status()).isEqualTo(200);
        assertThat(app.get("/hotlines").status()).isEqualTo(200);
        CompletableFuture<RunningApplication.Response> held = hold();

        RunningApplication.Response home = app.get("/");
        assertThat(home.status()).as("a kept page needs no turn").isEqualTo(200);
        assertThat(app.get("/hotlines").status()).isEqualTo(200);
        assertThat(held).as("the render still holds the turn").isNotDone();

        CompletableFuture<RunningApplication.Response> search = CompletableFuture
            .supplyAsync(() -> app.get("/search?q=visa"));
        waitUntil(() -> admission().waiting() == 1, Duration.ofSeconds(10));
        assertThat(search).as("the search waits in line").isNotDone();
        RunningApplication.Response whileASearchWaits = app.get("/hotlines");
        assertThat(whileASearchWaits.status()).as("kept pages take their own turns").isEqualTo(200);
        assertThat(whileASearchWaits.took()).isLessThan(MAX_WAIT);

        HeldRender.release();
        assertThat(held.get().status()).isEqualTo(200);
        RunningApplication.Response answered = search.get();
        assertThat(answered.status()).as("served when the turn came free").isEqualTo(200);
        assertThat(Jsoup.parse(answered.body()).select("main").text()).containsIgnoringCase("visa");
        assertThat(answered.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answered.body()).as("rendered in the layout, quick exit included").contains("data-quick-exit");
    }

    @Test
    void shouldTurnAwayWithTheBusyPageWhenTheLineIsFull() throws Exception {
        CompletableFuture<RunningApplication.Response> held = hold();
        CompletableFuture<RunningApplication.Response> inLine = CompletableFuture
            .supplyAsync(() -> app.get("/search?q=visa"));
        waitUntil(() -> admission().waiting() == 1, Duration.ofSeconds(10));
        long before = admission().turnedAway();

        RunningApplication.Response page = app.get("/search?q=myhusbandhitsme");
        assertThat(page.took()).as("turned away at once, not after a wait").isLessThan(MAX_WAIT);
        assertBusyPage(page);
        assertThat(page.body()).as("pre-rendered: none of the visitor's words").doesNotContain("myhusbandhitsme");
        assertThat(Jsoup.parse(page.body()).selectFirst("html").attr("lang")).isEqualTo("en");

        RunningApplication.Response spanish = app.get("/es/search?q=mimaridomepega");
        assertBusyPage(spanish);
        Document spanishPage = Jsoup.parse(spanish.body());
        assertThat(spanishPage.selectFirst("html").attr("lang")).as("in the address's language").isEqualTo("es");
        assertThat(spanishPage.selectFirst("h1").text())
            .isNotEqualTo(Jsoup.parse(page.body()).selectFirst("h1").text());
        assertThat(spanish.body()).doesNotContain("mimaridomepega");

        RunningApplication.Response problem = app.get("/api/v1/search?q=visa");
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.header("Retry-After")).isEqualTo("1");
        assertThat(problem.body()).contains("\"status\":503").contains("very busy");
        assertThat(admission().turnedAway()).isEqualTo(before + 3);

        HeldRender.release();
        assertThat(held.get().status()).isEqualTo(200);
        assertThat(inLine.get().status()).isEqualTo(200);
    }

    @Test
    void shouldTurnAwayARequestThatWaitedTooLongAndGiveEveryTurnBack() throws Exception {
        CompletableFuture<RunningApplication.Response> held = hold();
        RunningApplication.Response waited = app.get("/search?q=visa");
        assertThat(waited.took()).as("it waited its time in line").isGreaterThanOrEqualTo(MAX_WAIT);
        assertBusyPage(waited);
        assertThat(admission().waiting()).isZero();

        HeldRender.release();
        assertThat(held.get().status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            RunningApplication.Response next = app.get("/search?q=tip+line+" + i);
            assertThat(next.status()).as("the turn came back").isEqualTo(200);
            assertThat(next.took()).isLessThan(MAX_WAIT);
        }
    }

    private static CompletableFuture<RunningApplication.Response> hold() throws InterruptedException {
        HeldRender.reset();
        CompletableFuture<RunningApplication.Response> held = CompletableFuture
            .supplyAsync(() -> app.get("/testing/held?q=x"));
        assertThat(HeldRender.awaitEntered()).as("the render began").isTrue();
        return held;
    }

    private static void assertBusyPage(RunningApplication.Response response) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Content-Security-Policy")).as("the security headers still").isNotNull();
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("a[rel~=nofollow]").attr("href")).as("the quick exit")
            .isEqualTo(app.context().getEnvironment().getRequiredProperty("directory.quick-exit-url"));
        DirectorySnapshot snapshot = app.context().getBean(ReadModel.class).snapshot();
        HotlineCard emergency = snapshot.emergencyHotline().orElseThrow();
        HotlineCard help = snapshot.helpLine().orElseThrow();
        List<String> hrefs = page.select("main a[href]").eachAttr("href");
        emergency.phoneNumbers().forEach(channel -> assertThat(hrefs).contains(channel.href()));
        help.firstChannels().forEach(channel -> assertThat(hrefs).contains(channel.href()));
        assertThat(page.select("main").text()).contains(help.link().name());
    }

    private static RenderAdmissionFilter admission() {
        return app.context().getBean(RenderAdmissionFilter.class);
    }

}
