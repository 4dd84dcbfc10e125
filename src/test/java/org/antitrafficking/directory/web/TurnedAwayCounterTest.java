package org.antitrafficking.directory.web;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class TurnedAwayCounterTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(RenderAdmissionFilter.class);

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(5));

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void shouldCountEveryOneButLogAtMostOnceEveryTenSeconds() {
        TurnedAwayCounter counter = new TurnedAwayCounter(now::get);
        counter.count();
        assertThat(messages()).as("the first at once")
            .containsExactly("503 every render is busy: 1 requests turned away since the start");

        for (int i = 0; i < 50; i++) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
            counter.count();
        }
        assertThat(counter.turnedAway()).isEqualTo(51);
        assertThat(messages()).as("none more within ten seconds").hasSize(1);

        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        counter.count();
        assertThat(messages()).as("ten seconds after the last line")
            .containsExactly("503 every render is busy: 1 requests turned away since the start",
                    "503 every render is busy: 52 requests turned away since the start");
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.WARN);
    }

    @Test
    void shouldLogAgainOnlyOnceTenSecondsHavePassed() {
        TurnedAwayCounter counter = new TurnedAwayCounter(now::get);
        counter.count();
        now.addAndGet(TurnedAwayCounter.LOG_EVERY_NANOS - 1);
        counter.count();
        assertThat(messages()).hasSize(1);
        now.addAndGet(1);
        counter.count();
        assertThat(messages()).hasSize(2).last().asString().contains(": 3 requests");
        assertThat(counter.turnedAway()).isEqualTo(3);
    }

    @Test
    void shouldStartAtNone() {
        assertThat(new TurnedAwayCounter().turnedAway()).isZero();
        assertThat(messages()).isEmpty();
    }

    private List<String> messages() {
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

}
