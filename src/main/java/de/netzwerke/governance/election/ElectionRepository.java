package de.netzwerke.governance.election;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import de.netzwerke.governance.register.OfficeKind;

public interface ElectionRepository extends JpaRepository<Election, Long> {

    @Query("select e from Election e where e.bodyId = ?1 and e.officeKind = ?2 and e.status in ?3")
    List<Election> findByBodyIdAndOfficeKindAndStatusIn(Long bodyId, OfficeKind kind, Collection<ElectionStatus> status);

    /** The elections of several bodies in one query (the Übersicht's „Wahl einleiten“ on every body). */
    List<Election> findByBodyIdInAndStatusIn(Collection<Long> bodyIds, Collection<ElectionStatus> status);

    @Query("select e from Election e where e.processInstanceId = ?1")
    Optional<Election> findByProcessInstanceId(String processInstanceId);

    List<Election> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    /** The elections of a network's bodies in these states, oldest first. */
    @Query("select e from Election e where e.status in ?2 and e.bodyId in (select b.id from Body b where b.networkId = ?1) order by e.id")
    List<Election> inNetwork(String networkId, Collection<ElectionStatus> status);
}
