package de.netzwerke.governance.vote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VoterRepository extends JpaRepository<Voter, Long> {

    @Query("select v from Voter v where v.voteId = ?1 and v.partnerId = ?2")
    Optional<Voter> findByVoteIdAndPartnerId(Long voteId, Long partnerId);

    List<Voter> findByVoteIdOrderById(Long voteId);

    @Modifying(flushAutomatically = true)
    @Query("update Voter v set v.votedAt = ?2, v.votedVia = ?3 where v.id = ?1")
    void markVoted(Long voterId, Instant at, String via);

    @Query("select p.id from Partner p where p.userId = ?1 and p.networkId = ?2 and p.status = 'ACTIVE'")
    List<Long> partnerOfUser(String userId, String networkId);

    /** Voters whose seat has not voted yet (for the reminder). */
    @Query("select v from Voter v where v.voteId = ?1 and not exists "
            + "(select s from SeatCast s where s.voteId = v.voteId and s.seat = v.seat)")
    List<Voter> notYetVoted(Long voteId);
}
