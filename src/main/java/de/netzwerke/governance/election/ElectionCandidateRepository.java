package de.netzwerke.governance.election;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ElectionCandidateRepository extends JpaRepository<ElectionCandidate, Long> {

    @Query("select c from ElectionCandidate c join fetch c.partner where c.electionId = ?1 and c.standing = true order by c.id")
    List<ElectionCandidate> standing(Long electionId);

    /** {@link #standing} of several elections in one query, by election and then by id. */
    @Query("select c from ElectionCandidate c join fetch c.partner where c.electionId in ?1 and c.standing = true "
            + "order by c.electionId, c.id")
    List<ElectionCandidate> standingIn(java.util.Collection<Long> electionIds);

    void deleteByElectionId(Long electionId);
}
