package de.netzwerke.governance.voting;

import de.netzwerke.governance.Implements;
import java.util.List;
import java.util.Objects;

/**
 * What an election came to (AT-2, SR-2, SR-5): the elected candidate, a rejected single candidate,
 * a runoff between the candidates tied for first place, or no election after a tied runoff
 * (the chair is told).
 *
 * @param electedCandidate the candidate id when {@link Kind#ELECTED}, otherwise {@code null}
 * @param tiedCandidates   the candidate ids tied for first place, in ballot order, when
 *                         {@link Kind#RUNOFF} or {@link Kind#NO_ELECTION}, otherwise empty
 */
@Implements({"AT-2", "SR-2", "SR-5"})
public record ElectionOutcome(Kind kind, String electedCandidate, List<String> tiedCandidates) {

    public enum Kind { ELECTED, REJECTED, RUNOFF, NO_ELECTION }

    public ElectionOutcome {
        Objects.requireNonNull(kind, "kind");
        tiedCandidates = List.copyOf(tiedCandidates);
    }

    static ElectionOutcome elected(String candidate) {
        return new ElectionOutcome(Kind.ELECTED, candidate, List.of());
    }

    static ElectionOutcome rejected() {
        return new ElectionOutcome(Kind.REJECTED, null, List.of());
    }

    static ElectionOutcome runoff(List<String> tied) {
        return new ElectionOutcome(Kind.RUNOFF, null, tied);
    }

    static ElectionOutcome noElection(List<String> tied) {
        return new ElectionOutcome(Kind.NO_ELECTION, null, tied);
    }
}
