package de.netzwerke.governance.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldOfActionRepository extends JpaRepository<FieldOfAction, Long> {

    List<FieldOfAction> findByNetworkIdOrderByPosition(String networkId);
}
