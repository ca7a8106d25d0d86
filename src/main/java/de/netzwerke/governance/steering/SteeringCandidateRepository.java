package de.netzwerke.governance.steering;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SteeringCandidateRepository extends JpaRepository<SteeringCandidate, Long> {

    @Query("select c from SteeringCandidate c join fetch c.partner p left join fetch p.organisation "
            + "left join fetch c.fieldOfAction where c.reappointmentId = ?1 order by c.currentMember desc, p.name")
    List<SteeringCandidate> ofReappointment(Long reappointmentId);
}
