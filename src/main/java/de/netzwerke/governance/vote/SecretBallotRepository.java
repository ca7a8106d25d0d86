package de.netzwerke.governance.vote;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecretBallotRepository extends JpaRepository<SecretBallot, String> {

    /** choice → number of ballots. */
    @Query("select b.choice, count(b) from SecretBallot b where b.voteId = ?1 group by b.choice")
    List<Object[]> tally(Long voteId);
}
