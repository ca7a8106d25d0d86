package de.netzwerke.governance.register;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyRepository extends JpaRepository<Body, Long> {

    List<Body> findByNetworkIdOrderByKindAscNameAsc(String networkId);

    List<Body> findByNetworkIdAndKindAndStatus(String networkId, BodyKind kind, BodyStatus status);

    Optional<Body> findFirstByNetworkIdAndKind(String networkId, BodyKind kind);
}
