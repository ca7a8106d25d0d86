package de.netzwerke.governance.election;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import de.netzwerke.governance.register.OfficeKind;

public interface ElectionRepository extends JpaRepository<Election, Long> {

    List<Election> findByBodyIdAndOfficeKindAndStatusIn(Long bodyId, OfficeKind kind, Collection<ElectionStatus> status);

    Optional<Election> findByProcessInstanceId(String processInstanceId);
}
