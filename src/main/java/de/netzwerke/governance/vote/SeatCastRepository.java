package de.netzwerke.governance.vote;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeatCastRepository extends JpaRepository<SeatCast, Long> {

    @Query("select count(s) > 0 from SeatCast s where s.voteId = ?1 and s.seat = ?2")
    boolean existsByVoteIdAndSeat(Long voteId, String seat);
}
