package de.netzwerke.governance.meeting;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** SR-6, T-4: a version of a meeting's result protocol, as text and as PDF; T-5 amends it in a new version. */
@Entity
@Table(name = "meeting_protocol")
public class Protocol extends BaseEntity {

    public enum Status { WRITTEN, SENT, CONFIRMED, SUPERSEDED }

    @Column(name = "meeting_id")
    private Long meetingId;
    private int version;
    private String text;
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;
    @Enumerated(EnumType.STRING)
    private Status status = Status.WRITTEN;
    @Column(name = "written_at")
    private Instant writtenAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected Protocol() {
    }

    public Protocol(Long meetingId, int version, String text, byte[] pdf, Instant writtenAt) {
        this.meetingId = meetingId;
        this.version = version;
        this.text = text;
        this.pdf = pdf;
        this.writtenAt = writtenAt;
    }

    void sent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
    }

    void confirmed() { this.status = Status.CONFIRMED; }

    void superseded() { this.status = Status.SUPERSEDED; }

    public Long getMeetingId() { return meetingId; }
    public int getVersion() { return version; }
    public String getText() { return text; }
    public byte[] getPdf() { return pdf; }
    public Status getStatus() { return status; }
    public Instant getWrittenAt() { return writtenAt; }
    public Instant getSentAt() { return sentAt; }
}
