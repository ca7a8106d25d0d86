package de.netzwerke.governance.register;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A partner's membership in a body, from {@code since} until {@code until} (open when still a member). */
@Entity
@Table(name = "membership")
public class Membership extends BaseEntity {
    @Column(name = "body_id")
    private Long bodyId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;
    private LocalDate since;
    private LocalDate until;

    protected Membership() {
    }

    public Membership(Long bodyId, Partner partner, LocalDate since) {
        this.bodyId = bodyId;
        this.partner = partner;
        this.since = since;
    }
    public Long getBodyId() { return bodyId; }
    public Partner getPartner() { return partner; }
    public LocalDate getSince() { return since; }
    public LocalDate getUntil() { return until; }

    public void end(LocalDate day) { this.until = day; }

    public boolean isCurrent() { return until == null; }
}
