package org.antitrafficking.directory.records;

import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.antitrafficking.directory.support.RecordRepositoryTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An editor's save through the entities: it moves the record's version and the data
 * version; a save of a record changed since the editor read it is refused, whether the
 * other change came through the entities or by SQL; and a value the database's domains or
 * checks would refuse is refused before any SQL is sent, with the application's message.
 */
@RecordRepositoryTest
class RecordEditsTest {

    private static final String LINE = "hsi-tip-line";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    MessageSource messages;

    @Autowired
    HotlineRepository hotlines;

    @Test
    void shouldSaveAnEditWithTheNextVersionAndMoveTheDataVersion() {
        long dataVersion = dataVersion();
        Hotline hotline = this.hotlines.findBySlug(LINE).orElseThrow();
        long version = hotline.getVersion();
        hotline.setHours("Around the clock");
        Hotline saved = this.hotlines.saveAndFlush(hotline);
        assertThat(saved.getVersion()).isEqualTo(version + 1);
        assertThat(this.jdbc.queryForMap("SELECT hours, version FROM hotline WHERE slug = ?", LINE))
            .containsEntry("hours", "Around the clock")
            .containsEntry("version", version + 1);
        assertThat(dataVersion()).as("the data version, which V25's triggers move").isEqualTo(dataVersion + 1);
    }

    @Test
    void shouldRefuseToSaveOverAnotherEditorsSave() {
        Hotline first = this.hotlines.findBySlug(LINE).orElseThrow();
        this.entityManager.detach(first);
        Hotline second = this.hotlines.findBySlug(LINE).orElseThrow();
        second.setHours("Around the clock");
        this.hotlines.saveAndFlush(second);
        first.setAudience("Anyone with a tip");
        assertThatThrownBy(() -> this.hotlines.saveAndFlush(first))
            .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(this.jdbc.queryForObject("SELECT audience FROM hotline WHERE slug = ?", String.class, LINE))
            .isNotEqualTo("Anyone with a tip");
    }

    @Test
    void shouldRefuseToSaveOverAChangeMadeWithSql() {
        Hotline hotline = this.hotlines.findBySlug(LINE).orElseThrow();
        this.jdbc.update("UPDATE hotline SET hours = 'Office hours', version = version + 1 WHERE slug = ?", LINE);
        hotline.setHours("Around the clock");
        assertThatThrownBy(() -> this.hotlines.saveAndFlush(hotline))
            .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(this.jdbc.queryForObject("SELECT hours FROM hotline WHERE slug = ?", String.class, LINE))
            .isEqualTo("Office hours");
    }

    /**
     * A changed channel is validated as the record part it is, on its own: its fields are
     * named without the hotline's.
     */
    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("slug", "records.invalid.slug", (Consumer<Hotline>) (line) -> line.setSlug("HSI Tip Line")),
                bad("website", "records.invalid.web-address",
                        (Consumer<Hotline>) (line) -> line.setWebsite("http://www.ice.gov/tips")),
                bad("dial", "records.invalid.dial",
                        (Consumer<Hotline>) (line) -> line.getChannels().get(0).setDial("1-866-DHS-2-ICE")),
                bad("reachedOneWay", "records.invalid.channel",
                        (Consumer<Hotline>) (line) -> line.getChannels().get(0).setUrl("https://www.ice.gov/tips")),
                bad("name", "records.invalid.text", (Consumer<Hotline>) (line) -> line.setName(" HSI Tip Line")),
                bad("description", "records.invalid.text",
                        (Consumer<Hotline>) (line) -> line.setDescription("x".repeat(NonblankText.PROSE + 1))),
                bad("sources", null, (Consumer<Hotline>) (line) -> line.getSources().clear()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void shouldRefuseABadValueBeforeAnySql(String field, String message, Consumer<Hotline> change) {
        long dataVersion = dataVersion();
        Hotline hotline = this.hotlines.findBySlug(LINE).orElseThrow();
        change.accept(hotline);
        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class,
                () -> this.hotlines.saveAndFlush(hotline));
        assertThat(refused).as("the refusal of %s", field).isNotNull();
        ConstraintViolation<?> violation = refused.getConstraintViolations()
            .stream()
            .filter((candidate) -> candidate.getPropertyPath().toString().equals(field))
            .findFirst()
            .orElseThrow(() -> new AssertionError(field + " was not refused: " + refused.getConstraintViolations()));
        if (message != null) {
            assertThat(violation.getMessage()).isEqualTo(this.messages.getMessage(message, null, null));
        }
        assertThat(dataVersion()).as("the data version: no UPDATE reached the database").isEqualTo(dataVersion);
    }

    private static Arguments bad(String field, String message, Consumer<Hotline> change) {
        return Arguments.of(field, message, change);
    }

    private long dataVersion() {
        return this.jdbc.queryForObject("SELECT version FROM data_version", Long.class);
    }

}
