package de.netzwerke.governance.protocol;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtocolProcedureRepository extends JpaRepository<ProtocolProcedure, Long> {

    Optional<ProtocolProcedure> findByProcessInstanceId(String processInstanceId);

    Optional<ProtocolProcedure> findByMeetingId(Long meetingId);

    Optional<ProtocolProcedure> findByApprovalItemId(Long approvalItemId);

    List<ProtocolProcedure> findByNetworkIdOrderByIdDesc(String networkId);

    List<ProtocolProcedure> findByApprovalMeetingIdAndStatus(Long approvalMeetingId, ProcedureStatus status);

    List<ProtocolProcedure> findByBodyIdAndStatusAndApprovalItemIdIsNull(Long bodyId, ProcedureStatus status);
}
