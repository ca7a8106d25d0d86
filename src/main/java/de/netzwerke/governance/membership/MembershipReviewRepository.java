package de.netzwerke.governance.membership;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipReviewRepository extends JpaRepository<MembershipReviewRecord, Long> {

    @Query("select m from MembershipReviewRecord m where m.processInstanceId = ?1")
    Optional<MembershipReviewRecord> findByProcessInstanceId(String processInstanceId);
}
