package de.netzwerke.governance.rules;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RulesChangeRepository extends JpaRepository<RulesChange, Long> {

    @Query("select r from RulesChange r where r.processInstanceId = ?1")
    Optional<RulesChange> findByProcessInstanceId(String processInstanceId);

    List<RulesChange> findTop20ByNetworkIdOrderByProposedAtDesc(String networkId);

    Optional<RulesChange> findByAgendaItemIdAndStatus(Long agendaItemId, RulesChangeStatus status);

    List<RulesChange> findByMeetingIdAndStatus(Long meetingId, RulesChangeStatus status);
}
