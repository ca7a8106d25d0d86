package de.netzwerke.governance.steering;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** The network's vote on a proposed composition, as entered, and what {@code MajorityRule} made of it. */
@Entity
@Table(name = "steering_vote")
public class SteeringVote extends BaseEntity {
    @Column(name = "reappointment_id")
    private Long reappointmentId;
    private int present;
    @Column(name = "yes_votes")
    private int yes;
    @Column(name = "no_votes")
    private int no;
    private int abstentions;
    @Column(name = "proposed_count")
    private int proposedCount;
    private boolean carried;
    @Column(name = "decided_on")
    private LocalDate decidedOn;

    protected SteeringVote() {
    }

    SteeringVote(Long reappointmentId, int present, int yes, int no, int abstentions, int proposedCount,
                 boolean carried, LocalDate decidedOn) {
        this.reappointmentId = reappointmentId;
        this.present = present;
        this.yes = yes;
        this.no = no;
        this.abstentions = abstentions;
        this.proposedCount = proposedCount;
        this.carried = carried;
        this.decidedOn = decidedOn;
    }
    public Long getReappointmentId() { return reappointmentId; }
    public int getPresent() { return present; }
    public int getYes() { return yes; }
    public int getNo() { return no; }
    public int getAbstentions() { return abstentions; }
    public boolean isCarried() { return carried; }
    public LocalDate getDecidedOn() { return decidedOn; }

    /** The result in one German sentence. */
    public String text() {
        return "Abstimmung am %s: %d anwesend, %d Ja, %d Nein, %d Enthaltungen – %s.".formatted(
                de.netzwerke.governance.notification.GermanDates.format(decidedOn), present, yes, no, abstentions,
                carried ? "angenommen" : "abgelehnt (keine einfache Mehrheit)");
    }
}
