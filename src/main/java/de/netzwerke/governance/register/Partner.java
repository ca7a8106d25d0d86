package de.netzwerke.governance.register;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** M-1: a Netzwerkpartner:in, the representative of an organisation or an interested individual. */
@Entity
@Table(name = "partner")
public class Partner extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    private String name;
    private String email;
    @Column(name = "email_key")
    private String emailKey;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    /** The Camunda user id, when the partner logs in. */
    @Column(name = "user_id")
    private String userId;
    @Enumerated(EnumType.STRING)
    private PartnerStatus status = PartnerStatus.ACTIVE;
    @Column(name = "joined_on")
    private LocalDate joinedOn;
    @Column(name = "removed_on")
    private LocalDate removedOn;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "partner_field_of_action",
            joinColumns = @JoinColumn(name = "partner_id"),
            inverseJoinColumns = @JoinColumn(name = "field_of_action_id"))
    private Set<FieldOfAction> fieldsOfAction = new LinkedHashSet<>();

    protected Partner() {
    }

    public Partner(String networkId, String name, String email, Organisation organisation, LocalDate joinedOn) {
        this.networkId = networkId;
        this.name = name.strip();
        this.email = email == null ? null : email.strip();
        this.emailKey = NameKey.ofEmail(email);
        this.organisation = organisation;
        this.joinedOn = joinedOn;
    }
    public String getNetworkId() { return networkId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getEmailKey() { return emailKey; }
    public Organisation getOrganisation() { return organisation; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public PartnerStatus getStatus() { return status; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public LocalDate getRemovedOn() { return removedOn; }
    public Set<FieldOfAction> getFieldsOfAction() { return fieldsOfAction; }

    public boolean isActive() { return status == PartnerStatus.ACTIVE; }

    /**
     * W-1, M-2: the partner leaves or is removed on {@code day}: off the distribution list and the Übersicht, and
     * their personal contact data is deleted. The row stays, under a pseudonym, so that past counts stay right.
     */
    public void remove(java.time.LocalDate day) {
        this.status = PartnerStatus.REMOVED;
        this.removedOn = day;
        this.name = "Ehemalige Netzwerkpartner:in " + getId();
        this.email = null;
        this.emailKey = null;
        this.userId = null;
    }

    public String organisationName() {
        return organisation == null ? null : organisation.getName();
    }
}
