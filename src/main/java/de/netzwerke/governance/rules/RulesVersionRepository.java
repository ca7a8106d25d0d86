package de.netzwerke.governance.rules;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RulesVersionRepository extends JpaRepository<RulesVersion, Long> {

    Optional<RulesVersion> findFirstByNetworkIdOrderByVersionNumberDesc(String networkId);
}
