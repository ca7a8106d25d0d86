package de.netzwerke.governance.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import de.netzwerke.governance.register.Partner;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m where m.processInstanceId = ?1")
    Optional<Meeting> findByProcessInstanceId(String processInstanceId);

    List<Meeting> findByNetworkIdOrderByStartsAtDesc(String networkId);

    /** The invitees of a Tagung, Netzwerktreffen or public event: every active partner (M-2: removed ones get nothing). */
    @Query("select p from Partner p where p.networkId = ?1 and p.status = 'ACTIVE' order by p.name")
    List<Partner> activePartners(String networkId);

    List<Meeting> findByBodyIdAndStartsAtGreaterThanEqualAndStartsAtLessThan(Long bodyId, Instant from, Instant to);
}
