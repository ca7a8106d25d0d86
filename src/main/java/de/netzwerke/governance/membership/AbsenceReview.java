package de.netzwerke.governance.membership;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.netzwerke.governance.Implements;

/**
 * M-2: which partners stayed away from the network for a year, unexcused.
 *
 * <p>Reading (RULES.md, "Readings"): a partner is flagged when, over the window {@code membership.absence-window}
 * (1 year) ending on the review day, they
 * <ul>
 *   <li>were a partner the whole time (joined on or before the window's first day),</li>
 *   <li>were invited to at least one meeting in the window,</li>
 *   <li>attended none of them, and</li>
 *   <li>at least one of those absences was unexcused.</li>
 * </ul>
 * The window runs from {@code asOf − window} to {@code asOf}, both days included; meetings after the review day
 * do not count. An invitation without recorded attendance is neither an attendance nor an unexcused absence.
 * A partner the coordination decided to keep ({@code keptOn}) is not flagged again for the same absences: only
 * unexcused absences at meetings after that day can flag them again.
 */
@Implements("M-2")
public final class AbsenceReview {

    /** How an invitee took part; {@link #NOT_RECORDED} while nobody has entered it. */
    public enum Attendance {
        PRESENT, EXCUSED, UNEXCUSED, NOT_RECORDED
    }

    /** One invitation of the partner: the meeting, its day and how they took part. */
    public record Invitation(long meetingId, LocalDate meetingDay, Attendance attendance) {
        public Invitation {
            Objects.requireNonNull(meetingDay, "meetingDay");
            attendance = attendance == null ? Attendance.NOT_RECORDED : attendance;
        }
    }

    /**
     * What the register knows of one partner.
     *
     * @param memberSince the day they became a partner of the network
     * @param keptOn      the last day the coordination decided to keep them after a flag, or null
     */
    public record Partner(long partnerId, LocalDate memberSince, LocalDate keptOn, List<Invitation> invitations) {
        public Partner {
            Objects.requireNonNull(memberSince, "memberSince");
            invitations = invitations == null ? List.of() : List.copyOf(invitations);
        }
    }

    /**
     * A flagged partner and the facts that led to it: the invitations of the window, oldest first.
     *
     * @param windowStart the first day of the window
     */
    public record Finding(long partnerId, LocalDate windowStart, LocalDate asOf, List<Invitation> invitations) {

        public long unexcused() {
            return invitations.stream().filter(i -> i.attendance() == Attendance.UNEXCUSED).count();
        }

        public long excused() {
            return invitations.stream().filter(i -> i.attendance() == Attendance.EXCUSED).count();
        }
    }

    private final Period window;

    /** @param window {@code membership.absence-window} of the network's rule profile */
    public AbsenceReview(Period window) {
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("the absence window must be positive");
        }
        this.window = window;
    }

    /** The first day of the window that ends on {@code asOf}. */
    public LocalDate windowStart(LocalDate asOf) {
        return asOf.minus(window);
    }

    /** The partner's finding, when M-2 flags them on {@code asOf}. */
    public Optional<Finding> review(Partner partner, LocalDate asOf) {
        LocalDate start = windowStart(asOf);
        if (partner.memberSince().isAfter(start)) {
            return Optional.empty();
        }
        List<Invitation> inWindow = partner.invitations().stream()
                .filter(i -> !i.meetingDay().isBefore(start) && !i.meetingDay().isAfter(asOf))
                .sorted(Comparator.comparing(Invitation::meetingDay).thenComparing(Invitation::meetingId))
                .toList();
        if (inWindow.isEmpty() || inWindow.stream().anyMatch(i -> i.attendance() == Attendance.PRESENT)) {
            return Optional.empty();
        }
        boolean newUnexcused = inWindow.stream().anyMatch(i -> i.attendance() == Attendance.UNEXCUSED
                && (partner.keptOn() == null || i.meetingDay().isAfter(partner.keptOn())));
        return newUnexcused ? Optional.of(new Finding(partner.partnerId(), start, asOf, inWindow)) : Optional.empty();
    }

    /** Every flagged partner among {@code partners}, by partner id. */
    public List<Finding> review(Collection<Partner> partners, LocalDate asOf) {
        return partners.stream().map(p -> review(p, asOf)).flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(Finding::partnerId)).toList();
    }
}
