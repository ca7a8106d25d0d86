package de.netzwerke.governance.voting;

import de.netzwerke.governance.Implements;

/**
 * A vote or ballot count that cannot be right (negative numbers, more votes than members present,
 * more present than the body has voting members). The message is German and meant for the member
 * of staff who entered the count; nothing is decided on such a count.
 */
@Implements({"SR-7"})
public class InvalidVoteException extends RuntimeException {

    public InvalidVoteException(String message) {
        super(message);
    }

    static void requireNotNegative(String what, int value) {
        if (value < 0) {
            throw new InvalidVoteException("%s darf nicht negativ sein (eingetragen: %d).".formatted(what, value));
        }
    }

    static void requireVotesWithinPresent(long votes, String breakdown, int present) {
        if (votes > present) {
            throw new InvalidVoteException(
                    "Es wurden mehr Stimmen abgegeben als Mitglieder anwesend sind: %d Stimmen (%s) bei %d Anwesenden."
                            .formatted(votes, breakdown, present));
        }
    }

    static void requirePresentWithinVotingMembers(int present, int votingMembers) {
        if (present > votingMembers) {
            throw new InvalidVoteException(
                    "Es sind mehr Anwesende eingetragen (%d) als das Gremium stimmberechtigte Mitglieder hat (%d)."
                            .formatted(present, votingMembers));
        }
    }
}
