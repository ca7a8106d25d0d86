package de.netzwerke.governance.register;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.partner p left join fetch p.organisation "
            + "where m.bodyId in ?1 and m.until is null order by p.name")
    List<Membership> currentMembers(Collection<Long> bodyIds);

    List<Membership> findByPartnerIdAndUntilIsNull(Long partnerId);

    boolean existsByBodyIdAndPartnerIdAndUntilIsNull(Long bodyId, Long partnerId);
}
