package de.netzwerke.governance.register;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where o.networkId = ?1 and o.nameKey = ?2")
    Optional<Organisation> findByNetworkIdAndNameKey(String networkId, String nameKey);
}
