package de.netzwerke.governance.protocol;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** T-5: the objection procedure of one meeting's protocol, over all its versions. */
@Entity
@Table(name = "protocol_procedure")
public class ProtocolProcedure extends BaseEntity {

    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "network_id")
    private String networkId;
    @Column(name = "body_id")
    private Long bodyId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "protocol_id")
    private Long protocolId;
    private int version;
    @Enumerated(EnumType.STRING)
    private ProcedureStatus status = ProcedureStatus.WRITTEN;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "period_ends_at")
    private Instant periodEndsAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "approval_item_id")
    private Long approvalItemId;
    @Column(name = "approval_meeting_id")
    private Long approvalMeetingId;
    @Column(name = "approval_carried")
    private Boolean approvalCarried;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ProtocolProcedure() {
    }

    ProtocolProcedure(Long meetingId, String networkId, Long bodyId, String processInstanceId, Long protocolId,
                      int version, Instant createdAt) {
        this.meetingId = meetingId;
        this.networkId = networkId;
        this.bodyId = bodyId;
        this.processInstanceId = processInstanceId;
        this.protocolId = protocolId;
        this.version = version;
        this.createdAt = createdAt;
    }

    void sent(Instant at, Instant periodEnds) {
        this.status = ProcedureStatus.SENT;
        this.sentAt = at;
        this.periodEndsAt = periodEnds;
    }

    void objected() {
        if (status == ProcedureStatus.SENT) {
            this.status = ProcedureStatus.OBJECTED;
        }
    }

    void amended(Long newProtocolId, int newVersion) {
        this.protocolId = newProtocolId;
        this.version = newVersion;
        this.status = ProcedureStatus.WRITTEN;
        this.sentAt = null;
        this.periodEndsAt = null;
        this.approvalItemId = null;
        this.approvalMeetingId = null;
        this.approvalCarried = null;
    }

    void disputed(Long itemId, Long meetingId) {
        this.status = ProcedureStatus.DISPUTED;
        this.approvalItemId = itemId;
        this.approvalMeetingId = meetingId;
    }

    /** The meeting that was to approve it is cancelled and no next one is planned yet. */
    void awaitingNextMeeting() {
        this.approvalItemId = null;
        this.approvalMeetingId = null;
    }

    void approvalDecided(boolean carried) {
        this.approvalCarried = carried;
    }

    void confirmed(Instant at) {
        this.status = ProcedureStatus.CONFIRMED;
        this.confirmedAt = at;
    }

    public Long getMeetingId() { return meetingId; }
    public String getNetworkId() { return networkId; }
    public Long getBodyId() { return bodyId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Long getProtocolId() { return protocolId; }
    public int getVersion() { return version; }
    public ProcedureStatus getStatus() { return status; }
    public Instant getSentAt() { return sentAt; }
    public Instant getPeriodEndsAt() { return periodEndsAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Long getApprovalItemId() { return approvalItemId; }
    public Long getApprovalMeetingId() { return approvalMeetingId; }
    public Boolean getApprovalCarried() { return approvalCarried; }
    public Instant getCreatedAt() { return createdAt; }
}
