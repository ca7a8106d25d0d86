package de.netzwerke.governance.election;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionBallotRepository extends JpaRepository<ElectionBallot, Long> {

    List<ElectionBallot> findByElectionIdOrderById(Long electionId);
}
