package de.netzwerke.governance.steering;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReappointmentRepository extends JpaRepository<Reappointment, Long> {

    @Query("select r from Reappointment r where r.processInstanceId = ?1")
    Optional<Reappointment> findByProcessInstanceId(String processInstanceId);

    List<Reappointment> findByNetworkIdAndStatusIn(String networkId, Collection<ReappointmentStatus> statuses);
}
