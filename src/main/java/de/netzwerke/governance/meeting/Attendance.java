package de.netzwerke.governance.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/**
 * One invitee of one meeting: when the invitation went out (null: recorded after the fact) and how they took
 * part (T-4: the participant list; M-2: invited, attended, excused or unexcused).
 */
@Entity
@Table(name = "meeting_attendance")
public class Attendance extends BaseEntity {
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "partner_id")
    private Long partnerId;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Column(name = "excused_at")
    private Instant excusedAt;

    protected Attendance() {
    }

    public Attendance(Long meetingId, Long partnerId) {
        this.meetingId = meetingId;
        this.partnerId = partnerId;
    }

    void invited(Instant at) { this.invitedAt = at; }

    void reminded(Instant at) { this.remindedAt = at; }

    void excused(Instant at) {
        this.status = AttendanceStatus.EXCUSED;
        this.excusedAt = at;
    }

    void record(AttendanceStatus status) { this.status = status; }

    public Long getMeetingId() { return meetingId; }
    public Long getPartnerId() { return partnerId; }
    public Instant getInvitedAt() { return invitedAt; }
    public Instant getRemindedAt() { return remindedAt; }
    public AttendanceStatus getStatus() { return status; }
    public Instant getExcusedAt() { return excusedAt; }
}
