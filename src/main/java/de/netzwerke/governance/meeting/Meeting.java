package de.netzwerke.governance.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** One meeting of one body (T-1…T-4, SR-4, SR-6, AT-1, W-2, W-3, W-5). */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    @Column(name = "body_id")
    private Long bodyId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String title;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private String location;
    @Enumerated(EnumType.STRING)
    private MeetingState state = MeetingState.PLANNED;
    @Column(name = "recorded_after")
    private boolean recordedAfter;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Meeting() {
    }

    public Meeting(String networkId, Long bodyId, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
                   String location, boolean recordedAfter, String processInstanceId, Instant createdAt) {
        this.networkId = networkId;
        this.bodyId = bodyId;
        this.kind = kind;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.recordedAfter = recordedAfter;
        this.processInstanceId = processInstanceId;
        this.createdAt = createdAt;
    }

    void invited(Instant at) {
        this.invitedAt = at;
        this.state = MeetingState.INVITED;
    }

    void held() {
        this.state = MeetingState.HELD;
    }

    void protocolWritten() {
        this.state = MeetingState.PROTOCOL_WRITTEN;
    }

    void protocolSent() {
        this.state = MeetingState.PROTOCOL_SENT;
    }

    void protocolDisputed() {
        this.state = MeetingState.PROTOCOL_DISPUTED;
    }

    void protocolConfirmed() {
        this.state = MeetingState.PROTOCOL_CONFIRMED;
    }

    void cancel(Instant at) {
        this.state = MeetingState.CANCELLED;
        this.cancelledAt = at;
    }

    public String getNetworkId() { return networkId; }
    public Long getBodyId() { return bodyId; }
    public MeetingKind getKind() { return kind; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getLocation() { return location; }
    public MeetingState getState() { return state; }
    public boolean isRecordedAfter() { return recordedAfter; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getInvitedAt() { return invitedAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public boolean isCancelled() { return state == MeetingState.CANCELLED; }
}
