package de.netzwerke.governance.register;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficeRepository extends JpaRepository<Office, Long> {

    @Query("select o from Office o join fetch o.partner p left join fetch p.organisation "
            + "where o.bodyId in ?1 and o.endedOn is null order by o.kind")
    List<Office> currentOffices(Collection<Long> bodyIds);
}
