package de.netzwerke.governance.voting;

import de.netzwerke.governance.Implements;

/**
 * The count of one vote: members present (or, in a digital vote, members who voted) and the yes,
 * no and abstention votes among them. A count with negative numbers or more votes than members
 * present cannot be created; {@link #validate(int)} checks it against the body's voting members.
 */
@Implements({"SR-7", "T-3", "G-1"})
public record VoteCount(int present, int yes, int no, int abstentions) {

    /** @throws InvalidVoteException for a negative number or more votes than members present */
    public VoteCount {
        InvalidVoteException.requireNotNegative("Die Zahl der Anwesenden", present);
        InvalidVoteException.requireNotNegative("Die Zahl der Ja-Stimmen", yes);
        InvalidVoteException.requireNotNegative("Die Zahl der Nein-Stimmen", no);
        InvalidVoteException.requireNotNegative("Die Zahl der Enthaltungen", abstentions);
        InvalidVoteException.requireVotesWithinPresent((long) yes + no + abstentions,
                "Ja: %d, Nein: %d, Enthaltungen: %d".formatted(yes, no, abstentions), present);
    }

    /**
     * @param votingMembers the voting members of the body that voted
     * @return this count
     * @throws InvalidVoteException when more members are present than the body has voting members
     */
    public VoteCount validate(int votingMembers) {
        InvalidVoteException.requirePresentWithinVotingMembers(present, votingMembers);
        return this;
    }

    /** Yes, no and abstentions together. */
    public int votesCast() {
        return yes + no + abstentions;
    }
}
