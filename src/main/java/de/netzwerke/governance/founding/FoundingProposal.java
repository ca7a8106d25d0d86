package de.netzwerke.governance.founding;

import de.netzwerke.governance.register.BaseEntity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** AT-3, AT-4: a proposed topic for a new working table, from proposal to establishment or expiry. */
@Entity
@Table(name = "founding_proposal")
public class FoundingProposal extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    private String topic;
    private String description;
    @Column(name = "field_of_action")
    private String fieldOfAction;
    @Column(name = "proposer_user_id")
    private String proposerUserId;
    @Column(name = "proposer_email")
    private String proposerEmail;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status = ProposalStatus.PROPOSED;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "working_table_id")
    private Long workingTableId;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** Set when a founding ended without a table and its declarations were deleted: only the counts stay. */
    @Column(name = "declared_persons")
    private Integer declaredPersons;
    @Column(name = "declared_organisations")
    private Integer declaredOrganisations;

    protected FoundingProposal() {
    }

    public FoundingProposal(String networkId, String topic, String description, String fieldOfAction,
                            String proposerUserId, String proposerEmail, String processInstanceId, Instant proposedAt) {
        this.networkId = networkId;
        this.topic = topic;
        this.description = description;
        this.fieldOfAction = fieldOfAction;
        this.proposerUserId = proposerUserId;
        this.proposerEmail = proposerEmail;
        this.processInstanceId = processInstanceId;
        this.proposedAt = proposedAt;
    }

    public void accept(Instant at) {
        this.status = ProposalStatus.COLLECTING;
        this.decidedAt = at;
    }

    public void decline(String reason, Instant at) {
        this.status = ProposalStatus.DECLINED;
        this.declineReason = reason;
        this.decidedAt = at;
        this.closedAt = at;
    }

    public void established(Long workingTableId, Instant at) {
        this.status = ProposalStatus.ESTABLISHED;
        this.workingTableId = workingTableId;
        this.closedAt = at;
    }

    public void notEstablished(Instant at) {
        this.status = ProposalStatus.NOT_ESTABLISHED;
        this.closedAt = at;
    }

    /** W-1, M-2: the proposer left the network: their address goes. */
    public void forgetProposerEmail() {
        this.proposerEmail = null;
    }

    /** Personal data goes; the counts of persons and organisations who declared stay. */
    public void forget(int persons, int organisations) {
        this.proposerEmail = null;
        this.declaredPersons = persons;
        this.declaredOrganisations = organisations;
    }

    public Integer getDeclaredPersons() { return declaredPersons; }
    public Integer getDeclaredOrganisations() { return declaredOrganisations; }
    public String getNetworkId() { return networkId; }
    public String getTopic() { return topic; }
    public String getDescription() { return description; }
    public String getFieldOfAction() { return fieldOfAction; }
    public String getProposerUserId() { return proposerUserId; }
    public String getProposerEmail() { return proposerEmail; }
    public ProposalStatus getStatus() { return status; }
    public String getDeclineReason() { return declineReason; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Long getWorkingTableId() { return workingTableId; }
}
