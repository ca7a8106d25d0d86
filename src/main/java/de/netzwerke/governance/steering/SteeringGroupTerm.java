package de.netzwerke.governance.steering;

import java.time.LocalDate;
import java.time.Period;

import de.netzwerke.governance.Implements;
import de.netzwerke.governance.register.Term;

/**
 * W-6: the network confirms or newly chooses the steering group every {@code steering-group.term} (three
 * years) from the last confirmation. A day that does not exist in the due month moves to its last day
 * (BGB §188 (3), {@code LocalDate.plus}): from 29.02.2024 the next confirmation falls due on 28.02.2027.
 * The reappointment starts by itself {@code steering-group.reappointment-notice} (three months) before.
 */
@Implements("W-6")
public final class SteeringGroupTerm {

    private SteeringGroupTerm() {
    }

    /** The day the next confirmation falls due. */
    public static LocalDate nextDue(LocalDate lastConfirmedOn, Period term) {
        return new Term(lastConfirmedOn, term).end();
    }

    /** The day the reappointment starts by itself: {@code notice} before the due date. */
    public static LocalDate reappointmentStarts(LocalDate nextDue, Period notice) {
        return nextDue.minus(notice);
    }
}
