package de.netzwerke.governance.register;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.partner p left join fetch p.organisation "
            + "where m.bodyId in ?1 and m.until is null order by p.name")
    List<Membership> currentMembers(Collection<Long> bodyIds);

    /** Per body id, how many of {@link #currentMembers} are active partners: rows of {@code [bodyId, count]}. */
    @Query("select m.bodyId, count(m) from Membership m join m.partner p "
            + "where m.bodyId in ?1 and m.until is null and p.status = 'ACTIVE' group by m.bodyId")
    List<Object[]> currentMemberCounts(Collection<Long> bodyIds);

    List<Membership> findByPartnerIdAndUntilIsNull(Long partnerId);

    @Query("select count(m) > 0 from Membership m where m.bodyId = ?1 and m.partner.id = ?2 and m.until is null")
    boolean existsByBodyIdAndPartnerIdAndUntilIsNull(Long bodyId, Long partnerId);
}
