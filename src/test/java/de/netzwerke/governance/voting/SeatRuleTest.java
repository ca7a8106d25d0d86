package de.netzwerke.governance.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.voting.SeatRule.Refusal;
import de.netzwerke.governance.voting.SeatRule.Role;
import de.netzwerke.governance.voting.SeatRule.Voter;

class SeatRuleTest {

    private static final Instant DEADLINE = Instant.parse("2027-03-15T23:00:00Z");

    @Test
    @DisplayName("SR-1: each working table is one seat held by member and deputy; the Integrationsbeauftragte:r one more")
    void speakersCouncilSeats() {
        Map<Long, Long> members = new LinkedHashMap<>(Map.of(10L, 101L, 20L, 201L));
        Map<Long, Long> deputies = Map.of(10L, 102L, 30L, 302L);
        List<Voter> electorate = SeatRule.speakersCouncil(members, deputies, 900L);
        assertThat(electorate).extracting(Voter::partnerId).containsExactlyInAnyOrder(900L, 101L, 102L, 201L, 302L);
        assertThat(electorate).filteredOn(v -> v.partnerId() == 102L).singleElement()
                .satisfies(v -> assertThat(v.seat()).isEqualTo("T10")).satisfies(v -> assertThat(v.role()).isEqualTo(Role.DEPUTY));
        // tables 10, 20 and 30 (only its deputy) and the Integrationsbeauftragte:r
        assertThat(SeatRule.seats(electorate)).isEqualTo(4);
    }

    @Test
    @DisplayName("SR-1: a working table with neither member nor deputy has no vote")
    void tableWithoutSeatHoldersHasNoVote() {
        List<Voter> electorate = SeatRule.speakersCouncil(Map.of(10L, 101L), Map.of(), null);
        assertThat(SeatRule.seats(electorate)).isEqualTo(1);
        assertThat(SeatRule.seats(SeatRule.speakersCouncil(Map.of(), Map.of(), null))).isZero();
    }

    @Test
    @DisplayName("SR-1: the member votes any time before the end; the seat then has voted and the deputy is refused")
    void memberVotes() {
        Instant early = DEADLINE.minusSeconds(10 * 86_400);
        assertThat(SeatRule.refusal(Role.MEMBER, false, early, DEADLINE)).isEmpty();
        assertThat(SeatRule.refusal(Role.DEPUTY, true, DEADLINE.minusSeconds(3600), DEADLINE)).contains(Refusal.SEAT_ALREADY_VOTED);
    }

    @Test
    @DisplayName("SR-1: the deputy votes only when the member has not voted by the eve of the end")
    void deputyOnlyOnTheEve() {
        assertThat(SeatRule.refusal(Role.DEPUTY, false, DEADLINE.minusSeconds(24 * 3600 + 1), DEADLINE))
                .contains(Refusal.DEPUTY_TOO_EARLY);
        assertThat(SeatRule.refusal(Role.DEPUTY, false, DEADLINE.minusSeconds(24 * 3600), DEADLINE)).isEmpty();
        // after the deputy the member's seat has voted
        assertThat(SeatRule.refusal(Role.MEMBER, true, DEADLINE.minusSeconds(60), DEADLINE)).contains(Refusal.SEAT_ALREADY_VOTED);
    }

    @Test
    @DisplayName("G-1: one partner one vote: a second ballot and one at or after the end are refused")
    void partnersVoteOnceBeforeTheEnd() {
        List<Voter> electorate = SeatRule.allPartners(List.of(1L, 2L, 2L, 3L));
        assertThat(SeatRule.seats(electorate)).isEqualTo(3);
        assertThat(SeatRule.refusal(Role.PARTNER, false, DEADLINE.minusSeconds(1), DEADLINE)).isEmpty();
        assertThat(SeatRule.refusal(Role.PARTNER, true, DEADLINE.minusSeconds(1), DEADLINE)).contains(Refusal.SEAT_ALREADY_VOTED);
        assertThat(SeatRule.refusal(Role.PARTNER, false, DEADLINE, DEADLINE)).contains(Refusal.CLOSED);
        assertThat(SeatRule.refusal(Role.MEMBER, true, DEADLINE.plusSeconds(1), DEADLINE)).contains(Refusal.CLOSED);
    }
}
