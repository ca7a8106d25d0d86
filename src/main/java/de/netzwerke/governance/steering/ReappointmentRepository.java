package de.netzwerke.governance.steering;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReappointmentRepository extends JpaRepository<Reappointment, Long> {

    Optional<Reappointment> findByProcessInstanceId(String processInstanceId);

    List<Reappointment> findByNetworkIdAndStatusIn(String networkId, Collection<ReappointmentStatus> statuses);
}
