package de.netzwerke.governance.steering;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SteeringVoteRepository extends JpaRepository<SteeringVote, Long> {

    List<SteeringVote> findByReappointmentIdOrderById(Long reappointmentId);
}
