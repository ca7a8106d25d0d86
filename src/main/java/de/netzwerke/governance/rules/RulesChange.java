package de.netzwerke.governance.rules;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** One proposed change of a network's rules, decided by a digital vote of all partners or at a Tagung (G-1). */
@Entity
@Table(name = "rules_change")
public class RulesChange extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    private String title;
    private String passages;
    private String reason;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Enumerated(EnumType.STRING)
    private RulesChangeStatus status = RulesChangeStatus.PROPOSED;
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by")
    private DecisionPath decidedBy = DecisionPath.DIGITAL;
    /** The Tagung whose agenda carries the change (decided by TAGUNG). */
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "agenda_item_id")
    private Long agendaItemId;
    @Column(name = "vote_id")
    private Long voteId;
    @Column(name = "yes_votes")
    private Integer yes;
    @Column(name = "no_votes")
    private Integer no;
    private Integer abstentions;
    private Integer n;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "settings_reviewed_at")
    private Instant settingsReviewedAt;

    protected RulesChange() {
    }

    RulesChange(String networkId, String processInstanceId, String title, String passages, String reason,
                DecisionPath decidedBy, Instant proposedAt) {
        this.networkId = networkId;
        this.decidedBy = decidedBy;
        this.processInstanceId = processInstanceId;
        this.title = title;
        this.passages = passages;
        this.reason = reason;
        this.proposedAt = proposedAt;
    }

    public String getNetworkId() { return networkId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getTitle() { return title; }
    public String getPassages() { return passages; }
    public String getReason() { return reason; }
    public Instant getProposedAt() { return proposedAt; }
    public RulesChangeStatus getStatus() { return status; }
    public DecisionPath getDecidedBy() { return decidedBy; }
    public Long getMeetingId() { return meetingId; }
    public Long getAgendaItemId() { return agendaItemId; }
    public Long getVoteId() { return voteId; }
    public Integer getYes() { return yes; }
    public Integer getNo() { return no; }
    public Integer getAbstentions() { return abstentions; }
    public Integer getN() { return n; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getSettingsReviewedAt() { return settingsReviewedAt; }

    void decided(Long voteId, int yes, int no, int abstentions, int n, boolean carried, Instant at) {
        this.voteId = voteId;
        this.yes = yes;
        this.no = no;
        this.abstentions = abstentions;
        this.n = n;
        this.status = carried ? RulesChangeStatus.CARRIED : RulesChangeStatus.REJECTED;
        this.decidedAt = at;
    }

    void onAgenda(Long meetingId, Long agendaItemId) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
    }

    void withdrawn(Instant at) {
        this.status = RulesChangeStatus.WITHDRAWN;
        this.decidedAt = at;
    }

    void settingsReviewed(Instant at) {
        this.settingsReviewedAt = at;
    }
}
