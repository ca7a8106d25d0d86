package de.netzwerke.governance.register;

import de.netzwerke.governance.Implements;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A term of office (AT-2, SR-2; the reading in RULES.md): it runs {@code office.term} (default
 * P2Y) from the election day and ends with the day {@link #end()}. A day that does not exist in
 * the end month moves to its last day ({@code LocalDate.plus}, as BGB §188 (3); see W-6):
 * 29.02.2024 + P3Y ends on 28.02.2027. An expired term does not by itself end holding the office:
 * the holder stays until a successor is elected.
 */
@Implements({"AT-2", "SR-2", "W-6"})
public record Term(LocalDate start, Period length) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("A term needs a positive length, not " + length);
        }
    }

    public static Term startingOn(LocalDate electionDay, Period length) {
        return new Term(electionDay, length);
    }

    /** The last day of the term. */
    public LocalDate end() {
        return start.plus(length);
    }

    /** The day the re-election starts: {@code notice} (default {@code office.re-election-notice}, P6W) before the end. */
    public LocalDate reElectionDue(Period notice) {
        return end().minus(notice);
    }

    /** Whether the term is over on {@code today}: from the day after {@link #end()}. */
    public boolean isExpired(LocalDate today) {
        return today.isAfter(end());
    }
}
