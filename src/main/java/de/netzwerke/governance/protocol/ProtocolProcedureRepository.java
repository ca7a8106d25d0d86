package de.netzwerke.governance.protocol;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProtocolProcedureRepository extends JpaRepository<ProtocolProcedure, Long> {

    @Query("select p from ProtocolProcedure p where p.processInstanceId = ?1")
    Optional<ProtocolProcedure> findByProcessInstanceId(String processInstanceId);

    Optional<ProtocolProcedure> findByMeetingId(Long meetingId);

    Optional<ProtocolProcedure> findByApprovalItemId(Long approvalItemId);

    List<ProtocolProcedure> findByNetworkIdOrderByIdDesc(String networkId);

    List<ProtocolProcedure> findByApprovalMeetingIdAndStatus(Long approvalMeetingId, ProcedureStatus status);

    List<ProtocolProcedure> findByBodyIdAndStatusAndApprovalItemIdIsNull(Long bodyId, ProcedureStatus status);
}
