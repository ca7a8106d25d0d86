package de.netzwerke.governance.membership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;
import de.netzwerke.governance.register.NameKey;

/**
 * M-1, W-1: an application to take part in a network, from the public page or entered by the coordination.
 * Name, address, organisation and motivation are erased when it is declined or expires unconfirmed.
 */
@Entity
@Table(name = "partner_application")
public class PartnerApplication extends BaseEntity {

    public enum Channel { PUBLIC_PAGE, TASKLIST }

    public enum Status { UNCONFIRMED, CONFIRMED, ADMITTED, DECLINED, EXPIRED }

    @Column(name = "network_id")
    private String networkId;
    private String name;
    private String email;
    @Column(name = "email_key")
    private String emailKey;
    private String organisation;
    private String motivation;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "consent_at")
    private Instant consentAt;
    @Enumerated(EnumType.STRING)
    private Status status = Status.UNCONFIRMED;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "partner_id")
    private Long partnerId;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected PartnerApplication() {
    }

    public PartnerApplication(String networkId, String name, String email, String organisation, String motivation,
                              Channel channel, Instant now, String processInstanceId) {
        this.networkId = networkId;
        this.name = name;
        this.email = email;
        this.emailKey = NameKey.ofEmail(email);
        this.organisation = organisation;
        this.motivation = motivation;
        this.channel = channel;
        this.consentAt = now;
        this.createdAt = now;
        this.processInstanceId = processInstanceId;
    }

    public String getNetworkId() { return networkId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getEmailKey() { return emailKey; }
    public String getOrganisation() { return organisation; }
    public String getMotivation() { return motivation; }
    public Channel getChannel() { return channel; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Long getPartnerId() { return partnerId; }
    public String getProcessInstanceId() { return processInstanceId; }

    void confirm(Instant now) {
        this.status = Status.CONFIRMED;
        this.confirmedAt = now;
    }

    void admit(Long partnerId, Instant now, String by) {
        this.status = Status.ADMITTED;
        this.partnerId = partnerId;
        this.decidedAt = now;
        this.decidedBy = by;
        erase();
    }

    void decline(Instant now, String by) {
        this.status = Status.DECLINED;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    void expire() {
        this.status = Status.EXPIRED;
        erase();
    }

    /** The application's personal data goes; status and dates stay. An admitted partner's data is in the register. */
    void erase() {
        this.name = null;
        this.email = null;
        this.emailKey = null;
        this.organisation = null;
        this.motivation = null;
    }
}
