package org.antitrafficking.directory.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

class TurnLineTest {

    private static final long A_MINUTE = 60_000;

    private static final TurnLine.Timeout NEVER = async -> {
        throw new AssertionError("timed out");
    };

    private final ScheduledThreadPoolExecutor clock = TurnLine.clock("turn-line-test-clock");

    @AfterEach
    void stopTheClock() {
        clock.shutdownNow();
    }

    @Test
    void shouldHandEachEndedTurnToTheNextRequestInTheOrderTheyJoined() {
        TurnLine line = new TurnLine(1, 10, A_MINUTE, clock);
        assertThat(line.tryTake()).isTrue();
        assertThat(line.tryTake()).as("one turn only").isFalse();
        MockHttpServletRequest first = waiting();
        MockHttpServletRequest second = waiting();
        MockHttpServletRequest third = waiting();
        assertThat(line.join(first, NEVER)).isTrue();
        assertThat(line.join(second, NEVER)).isTrue();
        assertThat(line.join(third, NEVER)).isTrue();
        assertThat(line.waiting()).isEqualTo(3);
        assertThat(dispatched(first)).isFalse();

        line.handOver();
        assertThat(holdsTurnOf(first)).isSameAs(line);
        assertThat(dispatched(second)).isFalse();
        assertThat(line.waiting()).isEqualTo(2);

        line.handOver();
        assertThat(holdsTurnOf(second)).isSameAs(line);
        assertThat(dispatched(third)).isFalse();

        line.handOver();
        assertThat(holdsTurnOf(third)).isSameAs(line);
        assertThat(line.waiting()).isZero();

        line.handOver();
        assertThat(line.tryTake()).as("with nobody in line the turn comes back").isTrue();
    }

    @Test
    void shouldHandAFreeTurnAtOnceToARequestThatJoins() {
        TurnLine line = new TurnLine(1, 10, A_MINUTE, clock);
        MockHttpServletRequest request = waiting();
        assertThat(line.join(request, NEVER)).isTrue();
        assertThat(holdsTurnOf(request)).isSameAs(line);
        assertThat(line.waiting()).isZero();
        assertThat(line.tryTake()).isFalse();
    }

    @Test
    void shouldRefuseARequestWhenTheLineIsFullOrTheRequestCannotWait() {
        TurnLine line = new TurnLine(1, 2, A_MINUTE, clock);
        assertThat(line.tryTake()).isTrue();
        assertThat(line.join(waiting(), NEVER)).isTrue();
        assertThat(line.join(waiting(), NEVER)).isTrue();
        assertThat(line.join(waiting(), NEVER)).as("full").isFalse();
        assertThat(line.waiting()).isEqualTo(2);

        TurnLine other = new TurnLine(1, 2, A_MINUTE, clock);
        assertThat(other.tryTake()).isTrue();
        MockHttpServletRequest synchronous = new MockHttpServletRequest("GET", "/search");
        assertThat(other.join(synchronous, NEVER)).as("cannot be suspended").isFalse();
        assertThat(other.waiting()).isZero();
        assertThat(new TurnLine(1, 2, 0, clock).join(waiting(), NEVER)).as("no time to wait").isFalse();
    }

    @Test
    void shouldSettleARequestThatWaitedItsLongestByItsTimeoutAndNotHandItATurn() throws InterruptedException {
        TurnLine line = new TurnLine(1, 10, 20, clock);
        assertThat(line.tryTake()).isTrue();
        CountDownLatch expired = new CountDownLatch(1);
        MockHttpServletRequest request = waiting();
        assertThat(line.join(request, async -> expired.countDown())).isTrue();
        assertThat(expired.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(line.waiting()).isZero();

        line.handOver();
        assertThat(dispatched(request)).isFalse();
        assertThat(line.tryTake()).as("the turn came back").isTrue();
    }

    @Test
    void shouldPassTheTurnOverRequestsThatEndedWhileTheyWaited() {
        TurnLine line = new TurnLine(1, 10, A_MINUTE, clock);
        assertThat(line.tryTake()).isTrue();
        assertThat(line.join(gone(), NEVER)).isTrue();
        MockHttpServletRequest failed = waiting();
        assertThat(line.join(failed, NEVER)).isTrue();
        MockHttpServletRequest next = waiting();
        assertThat(line.join(next, NEVER)).isTrue();
        MockAsyncContext async = (MockAsyncContext) failed.getAsyncContext();
        async.getListeners().forEach(listener -> {
            try {
                listener.onError(new AsyncEvent(async));
            }
            catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });
        assertThat(line.waiting()).as("the failed one is settled").isEqualTo(2);

        line.handOver();
        assertThat(dispatched(failed)).isFalse();
        assertThat(holdsTurnOf(next)).isSameAs(line);
        assertThat(line.waiting()).isZero();
    }

    @Test
    void shouldLetEveryoneThroughWithoutATurn() {
        TurnLine line = new TurnLine(1, 10, A_MINUTE, clock);
        assertThat(line.tryTake()).isTrue();
        MockHttpServletRequest first = waiting();
        MockHttpServletRequest second = waiting();
        line.join(first, NEVER);
        line.join(second, NEVER);

        line.letEveryoneThrough();
        assertThat(dispatched(first)).isTrue();
        assertThat(dispatched(second)).isTrue();
        assertThat(holdsTurnOf(first)).isNull();
        assertThat(holdsTurnOf(second)).isNull();
        assertThat(line.waiting()).isZero();
        assertThat(line.tryTake()).as("the turn is still held").isFalse();
    }

    private static MockHttpServletRequest waiting() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.setAsyncSupported(true);
        return request;
    }

    /** A request whose client left: dispatching it fails. */
    private static ServletRequest gone() {
        ServletRequest request = mock(ServletRequest.class);
        AsyncContext async = mock(AsyncContext.class);
        given(request.isAsyncSupported()).willReturn(true);
        given(request.startAsync()).willReturn(async);
        given(async.getRequest()).willReturn(new MockHttpServletRequest());
        willThrow(new IllegalStateException("ended")).given(async).dispatch();
        return request;
    }

    private static boolean dispatched(MockHttpServletRequest request) {
        return ((MockAsyncContext) request.getAsyncContext()).getDispatchedPath() != null;
    }

    private static Object holdsTurnOf(MockHttpServletRequest request) {
        assertThat(dispatched(request)).as("dispatched").isTrue();
        return request.getAttribute(TurnLine.HOLDS_TURN);
    }

}
