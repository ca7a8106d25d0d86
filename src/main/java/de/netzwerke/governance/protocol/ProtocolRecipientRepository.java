package de.netzwerke.governance.protocol;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtocolRecipientRepository extends JpaRepository<ProtocolRecipient, Long> {

    Optional<ProtocolRecipient> findByProtocolIdAndPartnerId(Long protocolId, Long partnerId);

    List<ProtocolRecipient> findByProtocolIdOrderById(Long protocolId);
}
