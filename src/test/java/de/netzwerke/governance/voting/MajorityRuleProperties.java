package de.netzwerke.governance.voting;

import static de.netzwerke.governance.register.MajorityBase.PRESENT;
import static de.netzwerke.governance.register.MajorityBase.VOTES_CAST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.netzwerke.governance.register.MajorityBase;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The vote rules against their arithmetic definitions; the exhaustive properties try every combination. */
class MajorityRuleProperties {

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 30_000)
    @Label("SR-7, T-3: under VOTES_CAST a vote carries exactly when yes > no")
    void votesCast(@ForAll @IntRange(max = 12) int yes, @ForAll @IntRange(max = 12) int no,
                   @ForAll @IntRange(max = 12) int abstentions, @ForAll @IntRange(max = 12) int extraPresent) {
        VoteCount count = new VoteCount(yes + no + abstentions + extraPresent, yes, no, abstentions);
        assertThat(MajorityRule.simpleMajority(VOTES_CAST, count)).isEqualTo(yes > no);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 30_000)
    @Label("SR-7, T-3: under PRESENT a vote carries exactly when 2·yes > present")
    void present(@ForAll @IntRange(max = 12) int yes, @ForAll @IntRange(max = 12) int no,
                 @ForAll @IntRange(max = 12) int abstentions, @ForAll @IntRange(max = 12) int extraPresent) {
        int present = yes + no + abstentions + extraPresent;
        VoteCount count = new VoteCount(present, yes, no, abstentions);
        assertThat(MajorityRule.simpleMajority(PRESENT, count)).isEqualTo(2 * yes > present);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 200_000)
    @Label("G-1: two thirds carry exactly when n > 0 and 3·yes ≥ 2·n, n = partners present (also those not voting)")
    void twoThirds(@ForAll @IntRange(max = 20) int yes, @ForAll @IntRange(max = 20) int no,
                   @ForAll @IntRange(max = 20) int abstentions, @ForAll @IntRange(max = 5) int silent) {
        int n = yes + no + abstentions + silent;
        VoteCount count = new VoteCount(n, yes, no, abstentions);
        assertThat(MajorityRule.twoThirds(count)).isEqualTo(n > 0 && 3 * yes >= 2 * n);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 60_000)
    @Label("SR-7: a count is refused exactly when a number is negative, votes exceed present or present exceeds members")
    void validation(@ForAll @IntRange(min = -1, max = 6) int present, @ForAll @IntRange(min = -1, max = 6) int yes,
                    @ForAll @IntRange(min = -1, max = 6) int no, @ForAll @IntRange(min = -1, max = 6) int abstentions,
                    @ForAll @IntRange(min = -1, max = 6) int votingMembers) {
        boolean invalid = present < 0 || yes < 0 || no < 0 || abstentions < 0
                || yes + no + abstentions > present || present > votingMembers;
        boolean refused;
        try {
            new VoteCount(present, yes, no, abstentions).validate(votingMembers);
            refused = false;
        } catch (InvalidVoteException e) {
            assertThat(e.getMessage()).isNotBlank();
            refused = true;
        }
        assertThat(refused).isEqualTo(invalid);
    }

    @Property(tries = 5_000)
    @Label("AT-2: of several candidates exactly the unique maximum is elected, a tie goes to runoff, then to no election")
    void severalCandidates(@ForAll @Size(min = 2, max = 6) List<@IntRange(max = 8) Integer> votes,
                           @ForAll @IntRange(max = 5) int abstentions, @ForAll @IntRange(max = 5) int extraPresent,
                           @ForAll MajorityBase base, @ForAll boolean runoff) {
        Map<String, Integer> candidateVotes = new LinkedHashMap<>();
        for (int i = 0; i < votes.size(); i++) {
            candidateVotes.put("c" + i, votes.get(i));
        }
        int present = votes.stream().mapToInt(Integer::intValue).sum() + abstentions + extraPresent;
        int most = votes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<String> leaders = candidateVotes.keySet().stream().filter(id -> candidateVotes.get(id) == most).toList();

        ElectionOutcome outcome = MajorityRule.elect(base, Ballot.contested(present, candidateVotes, abstentions), runoff);

        if (leaders.size() == 1) {
            assertThat(outcome).isEqualTo(new ElectionOutcome(ElectionOutcome.Kind.ELECTED, leaders.get(0), List.of()));
        } else {
            ElectionOutcome.Kind tie = runoff ? ElectionOutcome.Kind.NO_ELECTION : ElectionOutcome.Kind.RUNOFF;
            assertThat(outcome).isEqualTo(new ElectionOutcome(tie, null, leaders));
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 30_000)
    @Label("AT-2: a single candidate is elected exactly when the simple majority holds")
    void singleCandidate(@ForAll @IntRange(max = 10) int yes, @ForAll @IntRange(max = 10) int no,
                         @ForAll @IntRange(max = 10) int abstentions, @ForAll @IntRange(max = 10) int extraPresent,
                         @ForAll MajorityBase base) {
        int present = yes + no + abstentions + extraPresent;
        ElectionOutcome outcome = MajorityRule.elect(base, Ballot.single(present, "anna", yes, no, abstentions), false);
        boolean carried = MajorityRule.simpleMajority(base, new VoteCount(present, yes, no, abstentions));
        assertThat(outcome.kind()).isEqualTo(carried ? ElectionOutcome.Kind.ELECTED : ElectionOutcome.Kind.REJECTED);
    }
}
