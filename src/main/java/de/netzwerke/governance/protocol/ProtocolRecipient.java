package de.netzwerke.governance.protocol;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** SR-6: a partner received a protocol version by e-mail at a moment. */
@Entity
@Table(name = "protocol_recipient")
public class ProtocolRecipient extends BaseEntity {

    @Column(name = "protocol_id")
    private Long protocolId;
    @Column(name = "partner_id")
    private Long partnerId;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected ProtocolRecipient() {
    }

    ProtocolRecipient(Long protocolId, Long partnerId, Instant sentAt) {
        this.protocolId = protocolId;
        this.partnerId = partnerId;
        this.sentAt = sentAt;
    }

    public Long getProtocolId() { return protocolId; }
    public Long getPartnerId() { return partnerId; }
    public Instant getSentAt() { return sentAt; }
}
