package de.netzwerke.governance.rules;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RulesChangeRepository extends JpaRepository<RulesChange, Long> {

    Optional<RulesChange> findByProcessInstanceId(String processInstanceId);

    List<RulesChange> findTop20ByNetworkIdOrderByProposedAtDesc(String networkId);

    Optional<RulesChange> findByAgendaItemIdAndStatus(Long agendaItemId, RulesChangeStatus status);

    List<RulesChange> findByMeetingIdAndStatus(Long meetingId, RulesChangeStatus status);
}
