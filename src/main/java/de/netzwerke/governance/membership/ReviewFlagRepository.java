package de.netzwerke.governance.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewFlagRepository extends JpaRepository<ReviewFlag, Long> {

    List<ReviewFlag> findByReviewIdOrderByPartnerId(Long reviewId);

    /** The last day the coordination kept the partner after a flag (M-2: not flagged again for the same absences). */
    @Query("select max(f.decidedOn) from ReviewFlag f where f.partnerId = ?1 and f.decision = 'KEEP'")
    Optional<LocalDate> lastKept(Long partnerId);

    List<ReviewFlag> findByPartnerIdAndDecisionIsNull(Long partnerId);
}
