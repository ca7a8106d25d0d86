package de.netzwerke.governance.register;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BodyRepository extends JpaRepository<Body, Long> {

    List<Body> findByNetworkIdOrderByKindAscNameAsc(String networkId);

    @Query("select b from Body b where b.networkId = ?1 and b.kind = ?2 and b.status = ?3")
    List<Body> findByNetworkIdAndKindAndStatus(String networkId, BodyKind kind, BodyStatus status);

    Optional<Body> findFirstByNetworkIdAndKind(String networkId, BodyKind kind);
}
