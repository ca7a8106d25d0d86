package de.netzwerke.governance.voting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.netzwerke.governance.Implements;

/**
 * Who votes in a digital vote, and when a ballot is taken. Every voter holds one seat with one vote. In a vote
 * of all partners each partner is a seat. In the Sprecher:innenrat (SR-1) each working table is one seat, cast
 * by its member or, only when the member has not voted by the eve of the end of the vote (the last 24 hours),
 * by its deputy; the Integrationsbeauftragte:r holds a seat of their own; a working table with neither member
 * nor deputy has no vote. Whoever votes first for a seat takes its one vote.
 */
@Implements({"SR-1", "G-1"})
public final class SeatRule {

    /** The eve of the deadline: from here on a deputy may cast the seat's vote. */
    public static final Duration DEPUTY_WINDOW = Duration.ofHours(24);

    /** What a voter is on their seat. */
    public enum Role { PARTNER, MEMBER, DEPUTY, COMMISSIONER }

    /** One voter of the electorate: a person (partner id), the seat they vote for, and their role on it. */
    public record Voter(long partnerId, String seat, Role role) {
        public Voter {
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(role, "role");
        }
    }

    /** Why a ballot is not taken; the capability words it in German. */
    public enum Refusal { CLOSED, SEAT_ALREADY_VOTED, DEPUTY_TOO_EARLY }

    private SeatRule() {
    }

    /** A vote of all partners: each partner one seat. */
    public static List<Voter> allPartners(List<Long> partnerIds) {
        return partnerIds.stream().distinct().map(id -> new Voter(id, "P" + id, Role.PARTNER)).toList();
    }

    /**
     * SR-1: the electorate of the Sprecher:innenrat from the current seat holders.
     *
     * @param members      working table id → the partner id of its member in the Sprecher:innenrat (may be absent)
     * @param deputies     working table id → the partner id of its deputy (may be absent)
     * @param commissioner the Integrationsbeauftragte:r, or {@code null}
     */
    public static List<Voter> speakersCouncil(Map<Long, Long> members, Map<Long, Long> deputies, Long commissioner) {
        Map<Long, Boolean> tables = new LinkedHashMap<>();
        members.keySet().forEach(t -> tables.put(t, true));
        deputies.keySet().forEach(t -> tables.put(t, true));
        List<Voter> voters = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        if (commissioner != null && seen.add(commissioner)) {
            voters.add(new Voter(commissioner, "I", Role.COMMISSIONER));
        }
        for (Long table : tables.keySet()) {
            Long member = members.get(table);
            Long deputy = deputies.get(table);
            if (member != null && seen.add(member)) {
                voters.add(new Voter(member, "T" + table, Role.MEMBER));
            }
            if (deputy != null && seen.add(deputy)) {
                voters.add(new Voter(deputy, "T" + table, Role.DEPUTY));
            }
        }
        return voters;
    }

    /** The number of votes of an electorate: its seats. */
    public static int seats(List<Voter> electorate) {
        return (int) electorate.stream().map(Voter::seat).distinct().count();
    }

    /**
     * Whether a ballot of this voter is taken now.
     *
     * @param seatHasVoted whether someone has already cast this seat's vote
     */
    public static Optional<Refusal> refusal(Role role, boolean seatHasVoted, Instant now, Instant deadline) {
        if (!now.isBefore(deadline)) {
            return Optional.of(Refusal.CLOSED);
        }
        if (seatHasVoted) {
            return Optional.of(Refusal.SEAT_ALREADY_VOTED);
        }
        if (role == Role.DEPUTY && now.isBefore(deputyFrom(deadline))) {
            return Optional.of(Refusal.DEPUTY_TOO_EARLY);
        }
        return Optional.empty();
    }

    /** When a deputy may first vote for the seat. */
    public static Instant deputyFrom(Instant deadline) {
        return deadline.minus(DEPUTY_WINDOW);
    }
}
