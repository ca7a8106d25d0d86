package de.netzwerke.governance.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundingApplicationRepository extends JpaRepository<FundingApplication, Long> {

    Optional<FundingApplication> findByAgendaItemIdAndStatus(Long agendaItemId, FundingStatus status);

    List<FundingApplication> findByMeetingIdAndStatus(Long meetingId, FundingStatus status);

    @Query("select f from FundingApplication f where f.processInstanceId = ?1")
    Optional<FundingApplication> findByProcessInstanceId(String processInstanceId);

    List<FundingApplication> findTop50ByNetworkIdOrderByReceivedAtDesc(String networkId);
}
