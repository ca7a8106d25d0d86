package de.netzwerke.governance.register;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRepository extends JpaRepository<Network, String> {
}
