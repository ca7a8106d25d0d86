package de.netzwerke.governance.protocol;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProtocolRecipientRepository extends JpaRepository<ProtocolRecipient, Long> {

    @Query("select r from ProtocolRecipient r where r.protocolId = ?1 and r.partnerId = ?2")
    Optional<ProtocolRecipient> findByProtocolIdAndPartnerId(Long protocolId, Long partnerId);

    List<ProtocolRecipient> findByProtocolIdOrderById(Long protocolId);
}
