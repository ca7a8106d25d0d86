package de.netzwerke.governance.vote;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DigitalVoteRepository extends JpaRepository<DigitalVote, Long> {

    @Query("select d from DigitalVote d where d.processInstanceId = ?1")
    Optional<DigitalVote> findByProcessInstanceId(String processInstanceId);

    List<DigitalVote> findByNetworkIdOrderByIdDesc(String networkId);

    List<DigitalVote> findByNetworkIdAndStatusOrderByDeadline(String networkId, DigitalVote.Status status);

    /** One more vote cast, only while the vote is open: 0 rows when it has been counted meanwhile. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update DigitalVote v set v.castCount = v.castCount + 1 where v.id = ?1 and v.status = 'OPEN'")
    int countOneMore(Long voteId);

    @Query("select v.castCount from DigitalVote v where v.id = ?1")
    int castCount(Long voteId);

    /** Closes the vote before it is counted: waits for casts in flight, refuses later ones. */
    @Modifying(flushAutomatically = true)
    @Query("update DigitalVote v set v.status = 'COUNTED' where v.id = ?1")
    int close(Long voteId);
}
