package de.netzwerke.governance.funding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import de.netzwerke.governance.Implements;

/**
 * SR-3: the Sprecher:innenrat's statement on a funding application must be ready before the funder's deadline.
 * The digital vote therefore ends at the start of the day before that deadline (so the statement can still be
 * sent), and before it the chair needs {@link #STATEMENT_DAYS} days to draft the statement and the council at
 * least {@link #MIN_VOTE_DAYS} days to vote. An application whose deadline leaves less time is refused at once.
 */
@Implements("SR-3")
public final class FundingDeadline {

    /** Days the chair has for the draft (the due date of Task_DraftStatement). */
    public static final int STATEMENT_DAYS = 3;
    /** The shortest digital vote that still gives every seat a chance (SR-1: the deputy votes on the eve). */
    public static final int MIN_VOTE_DAYS = 3;

    /** When the statement is due and when the vote must end. */
    public record Schedule(Instant statementDue, Instant voteEndsBy) {
    }

    private FundingDeadline() {
    }

    /** The vote ends at 00:00 on the day before the funder's deadline. */
    public static Instant voteEndsBy(LocalDate funderDeadline, ZoneId zone) {
        return funderDeadline.minusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The schedule, or empty when the deadline is too close for a statement and a vote. */
    public static Optional<Schedule> schedule(LocalDate funderDeadline, Instant now, ZoneId zone) {
        Instant endsBy = voteEndsBy(funderDeadline, zone);
        Instant statementDue = now.plus(Duration.ofDays(STATEMENT_DAYS));
        if (statementDue.plus(Duration.ofDays(MIN_VOTE_DAYS)).isAfter(endsBy)) {
            return Optional.empty();
        }
        return Optional.of(new Schedule(statementDue, endsBy));
    }

    /** The earliest funder's deadline an application received at {@code now} can have. */
    public static LocalDate earliestDeadline(Instant now, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        while (schedule(day, now, zone).isEmpty()) {
            day = day.plusDays(1);
        }
        return day;
    }
}
