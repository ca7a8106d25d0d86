package de.netzwerke.governance.election;

import de.netzwerke.governance.register.BaseEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.Partner;

/** A member who agreed to stand; {@code standing} turns false when a runoff leaves them out. */
@Entity
@Table(name = "election_candidate")
public class ElectionCandidate extends BaseEntity {
    @Column(name = "election_id")
    private Long electionId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;
    private boolean standing = true;

    protected ElectionCandidate() {
    }

    public ElectionCandidate(Long electionId, Partner partner) {
        this.electionId = electionId;
        this.partner = partner;
    }
    public Long getElectionId() { return electionId; }
    public Partner getPartner() { return partner; }
    public boolean isStanding() { return standing; }

    public void withdraw() { this.standing = false; }
}
