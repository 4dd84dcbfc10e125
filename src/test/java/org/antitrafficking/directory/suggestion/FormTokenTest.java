package org.antitrafficking.directory.suggestion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's token: signed for one record, good after the fill time and for 2 hours. */
class FormTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-02T23:30:00Z");

    /** A different key each day, as {@link DailyKeys} gives. */
    private static final FormToken.Keys KEYS = day -> ("key of " + day + " padded to 32 bytes at least")
        .getBytes(StandardCharsets.UTF_8);

    private final String token = tokensAt(ISSUED).issue("hotline", "hsi-tip-line");

    @Test
    void shouldAcceptATokenFromTheFillTimeOnUntilItExpires() {
        assertThat(checkAfter(token, FormToken.MINIMUM_FILL_TIME)).isEqualTo(FormToken.Check.VALID);
        assertThat(checkAfter(token, Duration.ofMinutes(40))).as("past midnight: yesterday's key")
            .isEqualTo(FormToken.Check.VALID);
        assertThat(checkAfter(token, FormToken.VALIDITY)).isEqualTo(FormToken.Check.VALID);
    }

    @Test
    void shouldRefuseAFormSentBackFasterThanAPersonCouldFillIt() {
        assertThat(checkAfter(token, Duration.ZERO)).isEqualTo(FormToken.Check.TOO_FAST);
        assertThat(checkAfter(token, FormToken.MINIMUM_FILL_TIME.minusMillis(1))).isEqualTo(FormToken.Check.TOO_FAST);
    }

    @Test
    void shouldRefuseATokenOlderThanTwoHours() {
        assertThat(checkAfter(token, FormToken.VALIDITY.plusSeconds(1))).isEqualTo(FormToken.Check.EXPIRED);
        assertThat(checkAfter(token, Duration.ofDays(3))).isEqualTo(FormToken.Check.EXPIRED);
    }

    @Test
    void shouldRefuseATokenOfAnotherRecord() {
        FormToken later = tokensAt(ISSUED.plusSeconds(60));
        assertThat(later.check(token, "hotline", "hsi-tip-line")).isEqualTo(FormToken.Check.VALID);
        assertThat(later.check(token, "hotline", "emergency-911")).isEqualTo(FormToken.Check.INVALID);
        assertThat(later.check(token, "program", "hsi-tip-line")).isEqualTo(FormToken.Check.INVALID);
    }

    @Test
    void shouldRefuseATokenWhoseTimeOrSignatureWasChanged() {
        String mac = token.substring(token.indexOf('.') + 1);
        long seconds = ISSUED.getEpochSecond();
        FormToken later = tokensAt(ISSUED.plusSeconds(600));
        assertThat(later.check((seconds + 300) + "." + mac, "hotline", "hsi-tip-line"))
            .as("issue time moved to skip the fill time or the expiry")
            .isEqualTo(FormToken.Check.INVALID);
        char last = mac.charAt(mac.length() - 2);
        String flipped = mac.substring(0, mac.length() - 2) + (last == 'A' ? 'B' : 'A') + mac.charAt(mac.length() - 1);
        assertThat(later.check(seconds + "." + flipped, "hotline", "hsi-tip-line")).isEqualTo(FormToken.Check.INVALID);
        FormToken.Keys otherKeys = day -> "another key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
        String forged = new FormToken(otherKeys, Clock.fixed(ISSUED, ZoneOffset.UTC)).issue("hotline", "hsi-tip-line");
        assertThat(later.check(forged, "hotline", "hsi-tip-line")).as("signed with a key not the site's")
            .isEqualTo(FormToken.Check.INVALID);
    }

    @Test
    void shouldRefuseATokenFromTheFuture() {
        String future = tokensAt(ISSUED.plus(Duration.ofMinutes(10))).issue("hotline", "hsi-tip-line");
        assertThat(tokensAt(ISSUED).check(future, "hotline", "hsi-tip-line")).isEqualTo(FormToken.Check.INVALID);
    }

    @Test
    void shouldSayWhenThereIsNoToken() {
        FormToken tokens = tokensAt(ISSUED);
        assertThat(tokens.check(null, "hotline", "hsi-tip-line")).isEqualTo(FormToken.Check.MISSING);
        assertThat(tokens.check("  ", "hotline", "hsi-tip-line")).isEqualTo(FormToken.Check.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = { "x", ".", "1796254200.", ".abc", "abc.def", "-5.abc", "1e9.abc",
            "99999999999999999999.abc", "1796254200.not base64!", "1796254200.%00", "1796254200", "1796254200..",
            "１７６４７１８２００.abc", "1796254200.QUJD\nREVG" })
    void shouldRefuseAMalformedTokenWithoutFailing(String malformed) {
        assertThat(tokensAt(ISSUED).check(malformed, "hotline", "hsi-tip-line")).isEqualTo(FormToken.Check.INVALID);
    }

    @Test
    void shouldRefuseAnOverlongTokenBeforeReadingIt() {
        assertThat(tokensAt(ISSUED).check(token + "A".repeat(FormToken.MAX_LENGTH), "hotline", "hsi-tip-line"))
            .isEqualTo(FormToken.Check.INVALID);
    }

    @Test
    void shouldGiveAFormShownAgainATokenPastTheFillTime() {
        String again = tokensAt(ISSUED).reissue("hotline", "hsi-tip-line");
        assertThat(tokensAt(ISSUED).check(again, "hotline", "hsi-tip-line")).isEqualTo(FormToken.Check.VALID);
    }

    @Test
    void shouldSignWithTheKeyOfTheDayOfIssue() {
        FormToken.Keys todayOnly = day -> {
            assertThat(day).isEqualTo(LocalDate.of(2026, 12, 2));
            return KEYS.tokenKey(day);
        };
        String issued = new FormToken(todayOnly, Clock.fixed(ISSUED, ZoneOffset.UTC)).issue("hotline", "hsi-tip-line");
        FormToken tomorrow = new FormToken(todayOnly, Clock.fixed(ISSUED.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertThat(tomorrow.check(issued, "hotline", "hsi-tip-line")).isEqualTo(FormToken.Check.VALID);
    }

    private static FormToken tokensAt(Instant now) {
        return new FormToken(KEYS, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static FormToken.Check checkAfter(String token, Duration elapsed) {
        return tokensAt(ISSUED.plus(elapsed)).check(token, "hotline", "hsi-tip-line");
    }

}
