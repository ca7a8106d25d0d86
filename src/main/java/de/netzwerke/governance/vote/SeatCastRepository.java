package de.netzwerke.governance.vote;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeatCastRepository extends JpaRepository<SeatCast, Long> {

    boolean existsByVoteIdAndSeat(Long voteId, String seat);
}
