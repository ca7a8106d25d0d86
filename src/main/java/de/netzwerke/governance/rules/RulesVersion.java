package de.netzwerke.governance.rules;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** A version of a network's rules (G-1): the newest is in force since its date. Version 1 is the original text. */
@Entity
@Table(name = "rules_version")
public class RulesVersion extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "in_force_since")
    private LocalDate inForceSince;
    private String title;
    private String passages;
    @Column(name = "rules_change_id")
    private Long rulesChangeId;

    protected RulesVersion() {
    }

    RulesVersion(String networkId, int versionNumber, LocalDate inForceSince, String title, String passages, Long rulesChangeId) {
        this.networkId = networkId;
        this.versionNumber = versionNumber;
        this.inForceSince = inForceSince;
        this.title = title;
        this.passages = passages;
        this.rulesChangeId = rulesChangeId;
    }

    public String getNetworkId() { return networkId; }
    public int getVersionNumber() { return versionNumber; }
    public LocalDate getInForceSince() { return inForceSince; }
    public String getTitle() { return title; }
    public String getPassages() { return passages; }
    public Long getRulesChangeId() { return rulesChangeId; }
}
