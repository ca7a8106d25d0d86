package de.netzwerke.governance.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import de.netzwerke.governance.Implements;

/**
 * T-5: a result protocol counts as confirmed when no objection arrives within four weeks of its receipt. The
 * reading (RULES.md): receipt is the moment the e-mail was sent; the period is {@code protocol.objection-period}
 * (28 days) counted in calendar days of the networks' time zone from the sending day (day 0); an objection on day
 * 28 counts, on day 29 it is refused; an amended protocol sent again starts a new period from its own sending.
 * Counting calendar days (not 28 × 24 hours) keeps the last day whole across a change to or from summer time.
 * The period ends at the start of day 29; that is when the confirmation timer fires. "Now" is always the
 * engine's clock, passed in by the caller.
 */
@Implements("T-5")
public final class ObjectionPeriod {

    private final Period length;
    private final ZoneId zone;

    public ObjectionPeriod(Period length, ZoneId zone) {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("objection period must be positive: " + length);
        }
        this.length = length;
        this.zone = zone;
    }

    /** The last day on which an objection counts: the sending day plus the period (day 28). */
    public LocalDate lastDay(Instant sentAt) {
        return sentAt.atZone(zone).toLocalDate().plus(length);
    }

    /** The moment the period is over (exclusive): the start of the day after the last day, in the networks' zone. */
    public Instant end(Instant sentAt) {
        return lastDay(sentAt).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Which day of the period a moment falls on (0 = the sending day); negative before the sending. */
    public long day(Instant sentAt, Instant at) {
        return ChronoUnit.DAYS.between(sentAt.atZone(zone).toLocalDate(), at.atZone(zone).toLocalDate());
    }

    /** Whether an objection at {@code at} counts for the version sent at {@code sentAt}. */
    public boolean accepts(Instant sentAt, Instant at) {
        return !at.isBefore(sentAt) && at.isBefore(end(sentAt));
    }
}
