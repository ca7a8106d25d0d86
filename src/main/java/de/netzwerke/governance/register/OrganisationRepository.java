package de.netzwerke.governance.register;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByNetworkIdAndNameKey(String networkId, String nameKey);
}
