package de.netzwerke.governance.register;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SteeringGroupRepository extends JpaRepository<SteeringGroup, Long> {

    Optional<SteeringGroup> findByBodyId(Long bodyId);
}
