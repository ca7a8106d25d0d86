package de.netzwerke.governance.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.register.Today;

class ObjectionPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ObjectionPeriod T5 = new ObjectionPeriod(Period.ofDays(28), BERLIN);
    /** Sent on Wednesday 2 June 2027, 14:30 (summer time). */
    private static final Instant SENT = ZonedDateTime.of(2027, 6, 2, 14, 30, 0, 0, BERLIN).toInstant();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static Instant onDay(Instant sent, int day, int hour, int minute) {
        return sent.atZone(BERLIN).toLocalDate().plusDays(day).atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    @Test
    @DisplayName("T-5: an objection on the sending day (day 0), right after the sending, counts")
    void dayZero() {
        assertThat(T5.day(SENT, SENT.plusSeconds(60))).isZero();
        assertThat(T5.accepts(SENT, SENT.plusSeconds(60))).isTrue();
        assertThat(T5.accepts(SENT, SENT)).isTrue();
    }

    @Test
    @DisplayName("T-5: an objection before the protocol was sent does not count")
    void beforeSending() {
        assertThat(T5.accepts(SENT, SENT.minusSeconds(1))).isFalse();
    }

    @Test
    @DisplayName("T-5: day 27 counts")
    void day27() {
        Instant at = onDay(SENT, 27, 9, 0);
        assertThat(T5.day(SENT, at)).isEqualTo(27);
        assertThat(T5.accepts(SENT, at)).isTrue();
    }

    @Test
    @DisplayName("T-5: day 28 counts until its last minute, also after the hour of the sending")
    void day28Counts() {
        assertThat(T5.lastDay(SENT)).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(T5.accepts(SENT, onDay(SENT, 28, 0, 0))).isTrue();
        assertThat(T5.accepts(SENT, onDay(SENT, 28, 16, 0))).isTrue();
        assertThat(T5.accepts(SENT, onDay(SENT, 29, 0, 0).minusSeconds(1))).isTrue();
    }

    @Test
    @DisplayName("T-5: day 29 is refused from its first moment; the period ends at midnight after day 28")
    void day29Refused() {
        Instant day29 = onDay(SENT, 29, 0, 0);
        assertThat(T5.day(SENT, day29)).isEqualTo(29);
        assertThat(T5.accepts(SENT, day29)).isFalse();
        assertThat(T5.end(SENT)).isEqualTo(ZonedDateTime.of(2027, 7, 1, 0, 0, 0, 0, BERLIN).toInstant());
    }

    @Test
    @DisplayName("T-5: a resent (amended) version starts a new period from its own sending")
    void resendStartsNewPeriod() {
        Instant resent = onDay(SENT, 20, 11, 0);
        Instant day35OfFirst = onDay(SENT, 35, 10, 0);
        assertThat(T5.accepts(SENT, day35OfFirst)).isFalse();
        assertThat(T5.accepts(resent, day35OfFirst)).isTrue();
        assertThat(T5.lastDay(resent)).isEqualTo(LocalDate.of(2027, 7, 20));
        assertThat(T5.accepts(resent, onDay(resent, 29, 0, 0))).isFalse();
    }

    @Test
    @DisplayName("T-5: across the change to summer time (28 March 2027) day 28 is still a whole day")
    void acrossSpringForward() {
        Instant sent = ZonedDateTime.of(2027, 3, 10, 23, 30, 0, 0, BERLIN).toInstant();
        assertThat(T5.lastDay(sent)).isEqualTo(LocalDate.of(2027, 4, 7));
        // the period is one hour shorter than 29 × 24 hours, and ends at local midnight
        assertThat(T5.end(sent)).isEqualTo(ZonedDateTime.of(2027, 4, 8, 0, 0, 0, 0, BERLIN).toInstant());
        assertThat(T5.accepts(sent, ZonedDateTime.of(2027, 4, 7, 23, 59, 0, 0, BERLIN).toInstant())).isTrue();
        assertThat(T5.accepts(sent, ZonedDateTime.of(2027, 4, 8, 0, 0, 0, 0, BERLIN).toInstant())).isFalse();
        // 28 × 24 hours after the sending is 00:30 on day 29 in summer time: refused (a count in hours from the
        // start of the sending day would wrongly let that first hour of day 29 count)
        assertThat(T5.day(sent, sent.plus(Duration.ofDays(28)))).isEqualTo(29);
        assertThat(T5.accepts(sent, sent.plus(Duration.ofDays(28)))).isFalse();
    }

    @Test
    @DisplayName("T-5: across the change from summer time (31 October 2027) the period still ends at local midnight")
    void acrossFallBack() {
        Instant sent = ZonedDateTime.of(2027, 10, 20, 0, 15, 0, 0, BERLIN).toInstant();
        assertThat(T5.lastDay(sent)).isEqualTo(LocalDate.of(2027, 11, 17));
        assertThat(T5.end(sent)).isEqualTo(ZonedDateTime.of(2027, 11, 18, 0, 0, 0, 0, BERLIN).toInstant());
        // 29 × 24 hours after the sending is 23:15 on day 28 in winter time: still counts
        assertThat(T5.accepts(sent, sent.plus(Duration.ofDays(29)))).isTrue();
        assertThat(T5.accepts(sent, sent.plus(Duration.ofDays(29)).plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    @DisplayName("T-5: 'now' is the engine's clock: moving it past day 28 refuses, back to day 28 accepts")
    void engineClock() {
        Today today = new Today();
        ClockUtil.setCurrentTime(Date.from(onDay(SENT, 28, 22, 0)));
        assertThat(T5.accepts(SENT, today.now())).isTrue();
        ClockUtil.setCurrentTime(Date.from(onDay(SENT, 29, 8, 0)));
        assertThat(T5.accepts(SENT, today.now())).isFalse();
    }

    @Test
    @DisplayName("T-5: a period must be positive (a profile of P0D is refused)")
    void positive() {
        assertThatThrownBy(() -> new ObjectionPeriod(Period.ZERO, BERLIN)).isInstanceOf(IllegalArgumentException.class);
    }
}
