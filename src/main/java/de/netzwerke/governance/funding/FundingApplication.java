package de.netzwerke.governance.funding;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** One funding application on which the Sprecher:innenrat gives a statement and votes (SR-3, SR-7). */
@Entity
@Table(name = "funding_application")
public class FundingApplication extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    private String organisation;
    private String programme;
    private String title;
    @Column(name = "amount_cents")
    private long amountCents;
    @Column(name = "funder_deadline")
    private LocalDate funderDeadline;
    @Column(name = "attachment_link")
    private String attachmentLink;
    @Column(name = "applicant_email")
    private String applicantEmail;
    @Column(name = "received_at")
    private Instant receivedAt;
    private String statement;
    @Enumerated(EnumType.STRING)
    private FundingStatus status = FundingStatus.RECEIVED;
    /** DIGITAL or MEETING (SR-7: at a meeting of the Sprecher:innenrat before the funder's deadline). */
    @Column(name = "vote_path")
    private String votePath = "DIGITAL";
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
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected FundingApplication() {
    }

    FundingApplication(String networkId, String processInstanceId, String organisation, String programme, String title,
                       long amountCents, LocalDate funderDeadline, String attachmentLink, String applicantEmail,
                       Instant receivedAt) {
        this.networkId = networkId;
        this.processInstanceId = processInstanceId;
        this.organisation = organisation;
        this.programme = programme;
        this.title = title;
        this.amountCents = amountCents;
        this.funderDeadline = funderDeadline;
        this.attachmentLink = attachmentLink;
        this.applicantEmail = applicantEmail;
        this.receivedAt = receivedAt;
    }

    public String getNetworkId() { return networkId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getOrganisation() { return organisation; }
    public String getProgramme() { return programme; }
    public String getTitle() { return title; }
    public long getAmountCents() { return amountCents; }
    public LocalDate getFunderDeadline() { return funderDeadline; }
    public String getAttachmentLink() { return attachmentLink; }
    public String getApplicantEmail() { return applicantEmail; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getStatement() { return statement; }
    public FundingStatus getStatus() { return status; }
    public String getVotePath() { return votePath; }
    public Long getMeetingId() { return meetingId; }
    public Long getAgendaItemId() { return agendaItemId; }
    public boolean isVotedAtMeeting() { return "MEETING".equals(votePath); }
    public Long getVoteId() { return voteId; }
    public Integer getYes() { return yes; }
    public Integer getNo() { return no; }
    public Integer getAbstentions() { return abstentions; }
    public Instant getDecidedAt() { return decidedAt; }

    void statementDrafted(String text) {
        this.statement = text;
        this.status = FundingStatus.VOTING;
    }

    void votedDigitally() {
        this.votePath = "DIGITAL";
        this.meetingId = null;
        this.agendaItemId = null;
    }

    void onAgenda(Long meetingId, Long agendaItemId) {
        this.votePath = "MEETING";
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
    }

    void decided(Long voteId, int yes, int no, int abstentions, boolean carried, Instant at) {
        this.voteId = voteId;
        this.yes = yes;
        this.no = no;
        this.abstentions = abstentions;
        this.status = carried ? FundingStatus.SUPPORTED : FundingStatus.REJECTED;
        this.decidedAt = at;
    }
}
