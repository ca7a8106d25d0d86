package de.netzwerke.governance.protocol;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    @Query("select o from Objection o where o.protocolId = ?1 and o.partnerId = ?2")
    Optional<Objection> findByProtocolIdAndPartnerId(Long protocolId, Long partnerId);

    List<Objection> findByProtocolIdOrderById(Long protocolId);

    List<Objection> findByProcedureIdOrderById(Long procedureId);

    List<Objection> findByProcedureIdAndStatusOrderById(Long procedureId, Objection.Status status);
}
