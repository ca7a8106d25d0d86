package de.netzwerke.governance.voting;

import de.netzwerke.governance.Implements;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The count of one election (AT-2, SR-2, SR-5): members present, the votes per candidate id in
 * ballot order, and the abstentions. With a single candidate the candidate's votes are the yes
 * votes and {@code no} counts the votes against; with several candidates there are no no-votes.
 * A ballot that cannot be right cannot be created; {@link #validate(int)} checks it against the
 * body's voting members.
 */
@Implements({"SR-7", "AT-2"})
public record Ballot(int present, Map<String, Integer> candidateVotes, int no, int abstentions) {

    /** @throws InvalidVoteException for no candidate, a negative number or more votes than members present */
    public Ballot {
        Objects.requireNonNull(candidateVotes, "candidateVotes");
        if (candidateVotes.isEmpty()) {
            throw new InvalidVoteException("Für die Wahl ist niemand als Kandidat:in eingetragen.");
        }
        candidateVotes = Collections.unmodifiableMap(new LinkedHashMap<>(candidateVotes));
        InvalidVoteException.requireNotNegative("Die Zahl der Anwesenden", present);
        candidateVotes.forEach((candidate, votes) ->
                InvalidVoteException.requireNotNegative("Die Stimmenzahl für „%s“".formatted(candidate), votes));
        InvalidVoteException.requireNotNegative("Die Zahl der Nein-Stimmen", no);
        InvalidVoteException.requireNotNegative("Die Zahl der Enthaltungen", abstentions);
        if (no > 0 && candidateVotes.size() > 1) {
            throw new InvalidVoteException(("Bei mehreren Kandidat:innen gibt es keine Nein-Stimmen (eingetragen: %d). "
                    + "Bitte nur die Stimmen je Kandidat:in und die Enthaltungen eintragen.").formatted(no));
        }
        long candidateTotal = candidateVotes.values().stream().mapToLong(Integer::longValue).sum();
        String breakdown = candidateVotes.size() == 1
                ? "Ja: %d, Nein: %d, Enthaltungen: %d".formatted(candidateTotal, no, abstentions)
                : "für Kandidat:innen: %d, Enthaltungen: %d".formatted(candidateTotal, abstentions);
        InvalidVoteException.requireVotesWithinPresent(candidateTotal + no + abstentions, breakdown, present);
    }

    /** A ballot on one candidate: yes, no and abstentions. */
    public static Ballot single(int present, String candidate, int yes, int no, int abstentions) {
        return new Ballot(present, Map.of(candidate, yes), no, abstentions);
    }

    /** A ballot between candidates: votes per candidate id (iteration order kept) and abstentions. */
    public static Ballot contested(int present, Map<String, Integer> candidateVotes, int abstentions) {
        return new Ballot(present, candidateVotes, 0, abstentions);
    }

    /**
     * @param votingMembers the voting members of the body that elects
     * @return this ballot
     * @throws InvalidVoteException when more members are present than the body has voting members
     */
    public Ballot validate(int votingMembers) {
        InvalidVoteException.requirePresentWithinVotingMembers(present, votingMembers);
        return this;
    }
}
