package de.netzwerke.governance.register;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficeRepository extends JpaRepository<Office, Long> {

    @Query("select o from Office o join fetch o.partner p left join fetch p.organisation "
            + "where o.bodyId in ?1 and o.endedOn is null order by o.kind")
    List<Office> currentOffices(Collection<Long> bodyIds);

    /** The current holder of one office of one body, if any. */
    @Query("select o from Office o join fetch o.partner where o.bodyId = ?1 and o.kind = ?2 and o.endedOn is null")
    List<Office> currentHolders(Long bodyId, OfficeKind kind);

    /** SR-1: every office that makes its holder a member of the Sprecher:innenrat, in one network. */
    @Query("select o from Office o join fetch o.partner p where p.networkId = ?1 and o.endedOn is null and o.kind in ?2")
    List<Office> currentOfficesOfKinds(String networkId, Collection<OfficeKind> kinds);

    /** The offices a partner holds now. */
    @Query("select o from Office o where o.partner.id = ?1 and o.endedOn is null")
    List<Office> currentOfficesOf(Long partnerId);
}
