package de.netzwerke.governance.voting;

import de.netzwerke.governance.Implements;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import de.netzwerke.governance.register.MajorityBase;

/**
 * The one place where a vote of either network is decided. Implements SR-7 and T-3 (simple
 * majority), G-1 (two-thirds majority), the election reading of AT-2, SR-2 and SR-5, and the
 * SR-1 weighting of the Sprecher:innenrat. Readings as in RULES.md.
 *
 * <p>Counts reach this class as {@link VoteCount} and {@link Ballot}, which cannot hold impossible
 * numbers; check them against the body with {@code validate(votingMembers)} before deciding.
 */
@Implements({"SR-7", "T-3", "G-1", "SR-1"})
public final class MajorityRule {

    private MajorityRule() {
    }

    /**
     * SR-7, T-3: a simple majority; each member present has one vote, nobody absent votes.
     * {@link MajorityBase#VOTES_CAST}: carried when yes &gt; no, abstentions do not count, a tie is a
     * rejection. {@link MajorityBase#PRESENT}: carried when yes &gt; half of those present.
     * Nobody present or everybody abstaining: not carried.
     */
    public static boolean simpleMajority(MajorityBase base, VoteCount count) {
        return switch (base) {
            case VOTES_CAST -> count.yes() > count.no();
            case PRESENT -> 2L * count.yes() > count.present();
        };
    }

    /**
     * G-1: a two-thirds majority of the partners present or voting digitally: carried when
     * 3·yes ≥ 2·n, where n = {@code present}: the partners present at the Tagung, or in a digital vote
     * the partners who cast a vote. Abstentions and partners present who do not vote count in n;
     * n = 0 is not carried.
     */
    public static boolean twoThirds(VoteCount count) {
        long n = count.present();
        return n > 0 && 3L * count.yes() >= 2L * n;
    }

    /**
     * A digital vote (G-1 reading): n is the number of voters who cast a ballot — yes, no and abstentions
     * alike; whoever cast none is not in n.
     */
    public static VoteCount digital(int yes, int no, int abstentions) {
        return new VoteCount(yes + no + abstentions, yes, no, abstentions);
    }

    /** Whether the count carries under the majority the vote needs ({@link #simpleMajority} or {@link #twoThirds}). */
    public static boolean carried(Majority majority, MajorityBase base, VoteCount count) {
        return switch (majority) {
            case SIMPLE -> simpleMajority(base, count);
            case TWO_THIRDS -> twoThirds(count);
        };
    }

    /**
     * AT-2, SR-2, SR-5: an election. One candidate is elected when {@link #simpleMajority} holds
     * (the candidate's votes are the yes votes), otherwise rejected. Of several candidates the one
     * with the most votes is elected; a tie for first place leads to a runoff between the tied
     * candidates, a tie again in that runoff to no election.
     *
     * @param runoff whether this ballot is already the runoff
     */
    public static ElectionOutcome elect(MajorityBase base, Ballot ballot, boolean runoff) {
        Map<String, Integer> votes = ballot.candidateVotes();
        if (votes.size() == 1) {
            Map.Entry<String, Integer> only = votes.entrySet().iterator().next();
            VoteCount count = new VoteCount(ballot.present(), only.getValue(), ballot.no(), ballot.abstentions());
            return simpleMajority(base, count) ? ElectionOutcome.elected(only.getKey()) : ElectionOutcome.rejected();
        }
        int most = Collections.max(votes.values());
        List<String> leaders = votes.entrySet().stream()
                .filter(entry -> entry.getValue() == most)
                .map(Map.Entry::getKey)
                .toList();
        if (leaders.size() == 1) {
            return ElectionOutcome.elected(leaders.get(0));
        }
        return runoff ? ElectionOutcome.noElection(leaders) : ElectionOutcome.runoff(leaders);
    }

    /**
     * SR-1: the votes in the Sprecher:innenrat. Each working table has one vote, cast by its member
     * or, when the member is absent, by the deputy (member and deputy together still have one
     * vote); the Integrationsbeauftragte:r has one vote.
     *
     * @param workingTablesRepresented working tables represented by their member or deputy
     * @param integrationCommissionerPresent whether the Integrationsbeauftragte:r takes part
     */
    public static int speakersCouncilVotingMembers(int workingTablesRepresented, boolean integrationCommissionerPresent) {
        InvalidVoteException.requireNotNegative("Die Zahl der vertretenen Arbeitstische", workingTablesRepresented);
        return workingTablesRepresented + (integrationCommissionerPresent ? 1 : 0);
    }
}
