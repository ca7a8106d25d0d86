package de.netzwerke.governance.protocol;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** T-5: one partner's objection to one protocol version, with its reason and how it was handled. */
@Entity
@Table(name = "protocol_objection")
public class Objection extends BaseEntity {

    /** How the objection came in. */
    public enum Channel {
        LINK("über den persönlichen Link"), MESSAGE("per Nachricht"), TASKLIST("von der einberufenden Stelle erfasst");

        private final String label;

        Channel(String label) { this.label = label; }

        public String label() { return label; }
    }

    public enum Status { OPEN, CLOSED }

    @Column(name = "procedure_id")
    private Long procedureId;
    @Column(name = "protocol_id")
    private Long protocolId;
    @Column(name = "partner_id")
    private Long partnerId;
    private String reason;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;
    private String handling;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Objection() {
    }

    Objection(Long procedureId, Long protocolId, Long partnerId, String reason, Channel channel, Instant receivedAt,
              String recordedBy) {
        this.procedureId = procedureId;
        this.protocolId = protocolId;
        this.partnerId = partnerId;
        this.reason = reason;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.recordedBy = recordedBy;
    }

    void handled(String how) {
        this.handling = how;
    }

    void close(String how, Instant at) {
        this.status = Status.CLOSED;
        this.handling = how;
        this.closedAt = at;
    }

    public Long getProcedureId() { return procedureId; }
    public Long getProtocolId() { return protocolId; }
    public Long getPartnerId() { return partnerId; }
    public String getReason() { return reason; }
    public Channel getChannel() { return channel; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getRecordedBy() { return recordedBy; }
    public Status getStatus() { return status; }
    public String getHandling() { return handling; }
    public Instant getClosedAt() { return closedAt; }
}
