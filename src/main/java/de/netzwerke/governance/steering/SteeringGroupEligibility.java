package de.netzwerke.governance.steering;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzwerke.governance.Implements;
import de.netzwerke.governance.register.Reach;

/**
 * W-7, W-8: who may sit in the steering group, and how many. A person is eligible when they act beyond one
 * region (überregional or landesweit; „at best state-wide“ is a wish, not a condition) and represent business or
 * work in a field with a basic bearing on welcome culture (W-7), and come from one of the fields of action of
 * the integration process chain (W-8, W-9). A composition has at most {@code steering-group.max-members}
 * (10) persons; fewer is allowed, none too (the network may leave seats empty).
 */
@Implements({"W-7", "W-8"})
public final class SteeringGroupEligibility {

    /**
     * The facts of one person.
     *
     * @param fieldOfAction the field of action they come from (W-9), null when none is given
     * @param reach         how far they act, null when unknown
     */
    public record Facts(String fieldOfAction, Reach reach, boolean businessLink, boolean welcomeCultureBearing) {
    }

    /** Whether the person is eligible, and if not, why (German, one reason per unmet condition). */
    public record Verdict(boolean eligible, List<String> reasons) {

        public Verdict {
            reasons = List.copyOf(reasons);
        }

        /** The reasons as one sentence, empty when eligible. */
        public String reasonText() {
            return String.join("; ", reasons);
        }
    }

    private SteeringGroupEligibility() {
    }

    /** W-7, W-8 for one person. */
    public static Verdict check(Facts facts) {
        List<String> reasons = new ArrayList<>();
        if (facts.reach() == null) {
            reasons.add("Wirkungskreis nicht angegeben (W-7: über eine Region hinaus)");
        } else if (facts.reach() == Reach.REGIONAL) {
            reasons.add("wirkt nur regional (W-7: über eine Region hinaus, am besten landesweit)");
        }
        if (!facts.businessLink() && !facts.welcomeCultureBearing()) {
            reasons.add("vertritt nicht die Wirtschaft und arbeitet nicht in einem Feld mit grundsätzlichem Bezug "
                    + "zur Willkommenskultur (W-7)");
        }
        if (facts.fieldOfAction() == null || facts.fieldOfAction().isBlank()) {
            reasons.add("kein Handlungsfeld angegeben (W-8: die Mitglieder kommen aus den Handlungsfeldern)");
        }
        return new Verdict(reasons.isEmpty(), reasons);
    }

    /**
     * W-8: a composition of {@code persons} persons; more than {@code maxMembers} is refused.
     *
     * @return the refusal in German, or empty when the size is allowed
     */
    public static Optional<String> checkSize(int persons, int maxMembers) {
        if (persons < 0) {
            throw new IllegalArgumentException("persons " + persons);
        }
        if (persons <= maxMembers) {
            return Optional.empty();
        }
        int over = persons - maxMembers;
        return Optional.of("Die Steuerungsgruppe hat höchstens " + maxMembers + " Personen (W-8); vorgeschlagen sind "
                + persons + ". Bitte " + over + (over == 1 ? " Person" : " Personen")
                + " weniger auswählen. Es wurde nichts geändert.");
    }
}
