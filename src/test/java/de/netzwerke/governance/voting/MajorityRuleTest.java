package de.netzwerke.governance.voting;

import static de.netzwerke.governance.register.MajorityBase.PRESENT;
import static de.netzwerke.governance.register.MajorityBase.VOTES_CAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.voting.ElectionOutcome.Kind;

class MajorityRuleTest {

    // --- SR-7, T-3: simple majority ---

    @Test
    @DisplayName("SR-7: a tie is a rejection under both majority bases")
    void tieIsRejected() {
        assertThat(MajorityRule.simpleMajority(VOTES_CAST, new VoteCount(9, 4, 4, 1))).isFalse();
        assertThat(MajorityRule.simpleMajority(PRESENT, new VoteCount(8, 4, 4, 0))).isFalse();
    }

    @Test
    @DisplayName("SR-7: when everybody abstains nothing is carried")
    void allAbstain() {
        VoteCount count = new VoteCount(7, 0, 0, 7);
        assertThat(MajorityRule.simpleMajority(VOTES_CAST, count)).isFalse();
        assertThat(MajorityRule.simpleMajority(PRESENT, count)).isFalse();
    }

    @Test
    @DisplayName("SR-7: with nobody present nothing is carried")
    void zeroPresent() {
        VoteCount count = new VoteCount(0, 0, 0, 0);
        assertThat(MajorityRule.simpleMajority(VOTES_CAST, count)).isFalse();
        assertThat(MajorityRule.simpleMajority(PRESENT, count)).isFalse();
    }

    @Test
    @DisplayName("SR-7: 3 yes, 2 no, 4 abstentions of 9 present carry under VOTES_CAST but not under PRESENT")
    void basesDiffer() {
        VoteCount count = new VoteCount(9, 3, 2, 4);
        assertThat(MajorityRule.simpleMajority(VOTES_CAST, count)).isTrue();
        assertThat(MajorityRule.simpleMajority(PRESENT, count)).isFalse();
    }

    @Test
    @DisplayName("SR-7: under PRESENT more than half of those present carry, exactly half does not")
    void presentBase() {
        assertThat(MajorityRule.simpleMajority(PRESENT, new VoteCount(9, 5, 0, 4))).isTrue();
        assertThat(MajorityRule.simpleMajority(PRESENT, new VoteCount(10, 5, 0, 5))).isFalse();
    }

    @Test
    @DisplayName("T-3: a Tagung decides by the same simple majority of the partners present")
    void tagung() {
        VoteCount count = new VoteCount(49, 10, 9, 30);
        assertThat(MajorityRule.simpleMajority(VOTES_CAST, count)).isTrue();
        assertThat(MajorityRule.simpleMajority(PRESENT, count)).isFalse();
        assertThat(MajorityRule.simpleMajority(VOTES_CAST, new VoteCount(49, 9, 10, 30))).isFalse();
    }

    // --- G-1: two-thirds majority ---

    @Test
    @DisplayName("G-1: exactly two thirds carry (6 of 9, 2 of 3)")
    void twoThirdsExactlyMet() {
        assertThat(MajorityRule.twoThirds(new VoteCount(9, 6, 3, 0))).isTrue();
        assertThat(MajorityRule.twoThirds(new VoteCount(3, 2, 1, 0))).isTrue();
    }

    @Test
    @DisplayName("G-1: one vote short of two thirds (5 of 9) does not carry")
    void twoThirdsMissedByOne() {
        assertThat(MajorityRule.twoThirds(new VoteCount(9, 5, 4, 0))).isFalse();
    }

    @Test
    @DisplayName("G-1: abstentions count in n (6 yes, 2 no, 2 abstentions does not carry)")
    void twoThirdsCountsAbstentions() {
        assertThat(MajorityRule.twoThirds(new VoteCount(10, 6, 2, 2))).isFalse();
        assertThat(MajorityRule.twoThirds(new VoteCount(8, 6, 2, 0))).isTrue();
        // partners present who cast no vote count in n like abstentions (6 yes, 3 no of 10 present)
        assertThat(MajorityRule.twoThirds(new VoteCount(10, 6, 3, 0))).isFalse();
    }

    @Test
    @DisplayName("G-1: nothing is carried when nobody votes or everybody abstains")
    void twoThirdsEmpty() {
        assertThat(MajorityRule.twoThirds(new VoteCount(0, 0, 0, 0))).isFalse();
        assertThat(MajorityRule.twoThirds(new VoteCount(5, 0, 0, 5))).isFalse();
    }

    @Test
    @DisplayName("G-1: in a digital vote n is who voted: 6 yes of 9 ballots carry, 5 yes of 9 do not")
    void twoThirdsDigital() {
        VoteCount six = MajorityRule.digital(6, 3, 0);
        assertThat(six.present()).isEqualTo(9);
        assertThat(MajorityRule.carried(Majority.TWO_THIRDS, VOTES_CAST, six)).isTrue();
        assertThat(MajorityRule.carried(Majority.TWO_THIRDS, VOTES_CAST, MajorityRule.digital(5, 4, 0))).isFalse();
    }

    @Test
    @DisplayName("G-1: in a digital vote abstentions count in n, partners who did not vote do not")
    void twoThirdsDigitalAbstentions() {
        // 6 yes, 1 no, 2 abstentions: n = 9, 18 >= 18
        assertThat(MajorityRule.carried(Majority.TWO_THIRDS, VOTES_CAST, MajorityRule.digital(6, 1, 2))).isTrue();
        // 6 yes, 1 no, 3 abstentions: n = 10, 18 < 20
        assertThat(MajorityRule.carried(Majority.TWO_THIRDS, VOTES_CAST, MajorityRule.digital(6, 1, 3))).isFalse();
        // nobody voted: not carried
        assertThat(MajorityRule.carried(Majority.TWO_THIRDS, VOTES_CAST, MajorityRule.digital(0, 0, 0))).isFalse();
    }

    @Test
    @DisplayName("SR-7: a digital vote of the Sprecher:innenrat by simple majority: 3:3 is rejected, 4:3 carried")
    void simpleMajorityDigital() {
        assertThat(MajorityRule.carried(Majority.SIMPLE, VOTES_CAST, MajorityRule.digital(3, 3, 1))).isFalse();
        assertThat(MajorityRule.carried(Majority.SIMPLE, VOTES_CAST, MajorityRule.digital(4, 3, 0))).isTrue();
    }

    // --- AT-2, SR-2, SR-5: elections ---

    @Test
    @DisplayName("AT-2: a single candidate with more yes than no is elected")
    void singleCandidateElected() {
        ElectionOutcome outcome = MajorityRule.elect(VOTES_CAST, Ballot.single(9, "anna", 5, 3, 1), false);
        assertThat(outcome.kind()).isEqualTo(Kind.ELECTED);
        assertThat(outcome.electedCandidate()).isEqualTo("anna");
        assertThat(outcome.tiedCandidates()).isEmpty();
    }

    @Test
    @DisplayName("AT-2: a single candidate without a majority is rejected (tie; PRESENT base)")
    void singleCandidateRejected() {
        assertThat(MajorityRule.elect(VOTES_CAST, Ballot.single(8, "anna", 4, 4, 0), false).kind())
                .isEqualTo(Kind.REJECTED);
        ElectionOutcome underPresent = MajorityRule.elect(PRESENT, Ballot.single(9, "anna", 3, 2, 4), false);
        assertThat(underPresent.kind()).isEqualTo(Kind.REJECTED);
        assertThat(underPresent.electedCandidate()).isNull();
    }

    @Test
    @DisplayName("AT-2: of several candidates the one with the most votes is elected")
    void clearWinner() {
        ElectionOutcome outcome = MajorityRule.elect(VOTES_CAST,
                Ballot.contested(12, votes("anna", 3, "ben", 5, "cem", 2), 2), false);
        assertThat(outcome.kind()).isEqualTo(Kind.ELECTED);
        assertThat(outcome.electedCandidate()).isEqualTo("ben");
    }

    @Test
    @DisplayName("AT-2: a tie for first place leads to a runoff between the tied candidates")
    void tieLeadsToRunoff() {
        ElectionOutcome outcome = MajorityRule.elect(VOTES_CAST,
                Ballot.contested(10, votes("anna", 4, "ben", 2, "cem", 4), 0), false);
        assertThat(outcome.kind()).isEqualTo(Kind.RUNOFF);
        assertThat(outcome.tiedCandidates()).containsExactly("anna", "cem");
        assertThat(outcome.electedCandidate()).isNull();
    }

    @Test
    @DisplayName("AT-2: a tie again in the runoff means no election")
    void runoffTieMeansNoElection() {
        ElectionOutcome outcome = MajorityRule.elect(VOTES_CAST,
                Ballot.contested(10, votes("anna", 5, "cem", 5), 0), true);
        assertThat(outcome.kind()).isEqualTo(Kind.NO_ELECTION);
        assertThat(outcome.tiedCandidates()).containsExactly("anna", "cem");
    }

    @Test
    @DisplayName("AT-2: a runoff with a winner elects the winner")
    void runoffWinner() {
        ElectionOutcome outcome = MajorityRule.elect(VOTES_CAST,
                Ballot.contested(10, votes("anna", 6, "cem", 4), 0), true);
        assertThat(outcome.kind()).isEqualTo(Kind.ELECTED);
        assertThat(outcome.electedCandidate()).isEqualTo("anna");
    }

    // --- invalid counts ---

    @Test
    @DisplayName("SR-7: a negative number is refused with a German message naming it")
    void negativeRefused() {
        assertThatThrownBy(() -> new VoteCount(-1, 0, 0, 0)).isInstanceOf(InvalidVoteException.class)
                .hasMessage("Die Zahl der Anwesenden darf nicht negativ sein (eingetragen: -1).");
        assertThatThrownBy(() -> new VoteCount(5, -2, 0, 0)).hasMessageContaining("Ja-Stimmen").hasMessageContaining("-2");
        assertThatThrownBy(() -> new VoteCount(5, 0, -3, 0)).hasMessageContaining("Nein-Stimmen").hasMessageContaining("-3");
        assertThatThrownBy(() -> new VoteCount(5, 0, 0, -4)).hasMessageContaining("Enthaltungen").hasMessageContaining("-4");
    }

    @Test
    @DisplayName("SR-7: more votes than members present are refused with the numbers")
    void moreVotesThanPresentRefused() {
        assertThatThrownBy(() -> new VoteCount(9, 5, 3, 2)).isInstanceOf(InvalidVoteException.class)
                .hasMessage("Es wurden mehr Stimmen abgegeben als Mitglieder anwesend sind: "
                        + "10 Stimmen (Ja: 5, Nein: 3, Enthaltungen: 2) bei 9 Anwesenden.");
    }

    @Test
    @DisplayName("SR-7: more present than the body has voting members is refused with the numbers")
    void morePresentThanMembersRefused() {
        VoteCount count = new VoteCount(12, 6, 6, 0);
        assertThatThrownBy(() -> count.validate(10)).isInstanceOf(InvalidVoteException.class)
                .hasMessage("Es sind mehr Anwesende eingetragen (12) als das Gremium stimmberechtigte Mitglieder hat (10).");
        assertThat(count.validate(12)).isSameAs(count);
    }

    @Test
    @DisplayName("AT-2: a ballot without candidates is refused in German")
    void ballotWithoutCandidateRefused() {
        assertThatThrownBy(() -> Ballot.contested(5, Map.of(), 0)).isInstanceOf(InvalidVoteException.class)
                .hasMessage("Für die Wahl ist niemand als Kandidat:in eingetragen.");
    }

    @Test
    @DisplayName("AT-2: negative votes for a candidate are refused, naming the candidate")
    void ballotNegativeRefused() {
        assertThatThrownBy(() -> Ballot.contested(5, votes("anna", 2, "ben", -1), 0))
                .isInstanceOf(InvalidVoteException.class)
                .hasMessage("Die Stimmenzahl für „ben“ darf nicht negativ sein (eingetragen: -1).");
        assertThatThrownBy(() -> Ballot.single(5, "anna", 2, 0, -1)).hasMessageContaining("Enthaltungen");
    }

    @Test
    @DisplayName("AT-2: a ballot with more votes than members present is refused with the numbers")
    void ballotMoreVotesThanPresentRefused() {
        assertThatThrownBy(() -> Ballot.contested(6, votes("anna", 4, "ben", 2), 1))
                .isInstanceOf(InvalidVoteException.class)
                .hasMessage("Es wurden mehr Stimmen abgegeben als Mitglieder anwesend sind: "
                        + "7 Stimmen (für Kandidat:innen: 6, Enthaltungen: 1) bei 6 Anwesenden.");
        assertThatThrownBy(() -> Ballot.single(6, "anna", 4, 3, 0))
                .hasMessageContaining("7 Stimmen (Ja: 4, Nein: 3, Enthaltungen: 0) bei 6 Anwesenden");
    }

    @Test
    @DisplayName("AT-2: no-votes in a ballot between several candidates are refused")
    void ballotNoVotesWithSeveralCandidatesRefused() {
        assertThatThrownBy(() -> new Ballot(10, votes("anna", 4, "ben", 2), 2, 0))
                .isInstanceOf(InvalidVoteException.class)
                .hasMessageStartingWith("Bei mehreren Kandidat:innen gibt es keine Nein-Stimmen (eingetragen: 2).");
    }

    @Test
    @DisplayName("AT-2: a ballot with more present than voting members is refused with the numbers")
    void ballotMorePresentThanMembersRefused() {
        Ballot ballot = Ballot.single(7, "anna", 4, 3, 0);
        assertThatThrownBy(() -> ballot.validate(6)).isInstanceOf(InvalidVoteException.class)
                .hasMessage("Es sind mehr Anwesende eingetragen (7) als das Gremium stimmberechtigte Mitglieder hat (6).");
        assertThat(ballot.validate(7)).isSameAs(ballot);
    }

    // --- SR-1: weighting in the Sprecher:innenrat ---

    @Test
    @DisplayName("SR-1: one vote per working table represented plus one for the Integrationsbeauftragte:r")
    void speakersCouncil() {
        assertThat(MajorityRule.speakersCouncilVotingMembers(5, true)).isEqualTo(6);
        assertThat(MajorityRule.speakersCouncilVotingMembers(5, false)).isEqualTo(5);
        assertThat(MajorityRule.speakersCouncilVotingMembers(0, true)).isEqualTo(1);
    }

    @Test
    @DisplayName("SR-1: a negative number of working tables is refused in German")
    void speakersCouncilNegativeRefused() {
        assertThatThrownBy(() -> MajorityRule.speakersCouncilVotingMembers(-1, true))
                .isInstanceOf(InvalidVoteException.class)
                .hasMessage("Die Zahl der vertretenen Arbeitstische darf nicht negativ sein (eingetragen: -1).");
    }

    private static Map<String, Integer> votes(Object... idsAndVotes) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (int i = 0; i < idsAndVotes.length; i += 2) {
            votes.put((String) idsAndVotes[i], (Integer) idsAndVotes[i + 1]);
        }
        return votes;
    }
}
