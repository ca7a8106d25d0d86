package de.netzwerke.governance.membership;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** M-2: a partner the review flagged, the facts that led to it, and what the coordination decided. */
@Entity
@Table(name = "membership_review_flag")
public class ReviewFlag extends BaseEntity {

    public enum Decision { REMOVE, KEEP, LEFT }

    @Column(name = "review_id")
    private Long reviewId;
    @Column(name = "partner_id")
    private Long partnerId;
    private int invited;
    private int excused;
    private int unexcused;
    /** The meetings of the window as text (days, bodies, attendance), without names of people. */
    private String facts;
    @Column(name = "task_row")
    private Integer taskRow;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;

    protected ReviewFlag() {
    }

    public ReviewFlag(Long reviewId, Long partnerId, int invited, int excused, int unexcused, String facts) {
        this.reviewId = reviewId;
        this.partnerId = partnerId;
        this.invited = invited;
        this.excused = excused;
        this.unexcused = unexcused;
        this.facts = facts;
    }

    public Long getReviewId() { return reviewId; }
    public Long getPartnerId() { return partnerId; }
    public int getInvited() { return invited; }
    public int getExcused() { return excused; }
    public int getUnexcused() { return unexcused; }
    public String getFacts() { return facts; }
    public Integer getTaskRow() { return taskRow; }
    public Decision getDecision() { return decision; }
    public LocalDate getDecidedOn() { return decidedOn; }

    void showInRow(Integer row) { this.taskRow = row; }

    void decide(Decision decision, LocalDate day, String by) {
        this.decision = decision;
        this.decidedOn = day;
        this.decidedBy = by;
        this.taskRow = null;
    }
}
