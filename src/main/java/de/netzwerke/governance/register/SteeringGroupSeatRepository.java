package de.netzwerke.governance.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SteeringGroupSeatRepository extends JpaRepository<SteeringGroupSeat, Long> {

    @Query("select s from SteeringGroupSeat s left join fetch s.fieldOfAction where s.membershipId in ?1")
    List<SteeringGroupSeat> findByMembershipIds(Collection<Long> membershipIds);

    Optional<SteeringGroupSeat> findByMembershipId(Long membershipId);
}
