package de.netzwerke.governance.membership;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipReviewRepository extends JpaRepository<MembershipReviewRecord, Long> {

    Optional<MembershipReviewRecord> findByProcessInstanceId(String processInstanceId);
}
