package de.netzwerke.governance.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** An item of a meeting's agenda; a decision or rules change keeps its count and outcome. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends BaseEntity {

    /** Who put an item on the agenda. */
    public enum AddedIn { PREPARE, CO_PREPARE }

    /** What a vote on the item came to. */
    public enum Outcome {
        CARRIED("angenommen"), REJECTED("abgelehnt");

        private final String label;

        Outcome(String label) { this.label = label; }

        public String label() { return label; }
    }

    @Column(name = "meeting_id")
    private Long meetingId;
    private int position;
    private String title;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "added_in")
    private AddedIn addedIn;
    private Integer present;
    @Column(name = "yes_votes")
    private Integer yes;
    @Column(name = "no_votes")
    private Integer no;
    private Integer abstentions;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected AgendaItem() {
    }

    public AgendaItem(Long meetingId, int position, String title, AgendaItemKind kind, AddedIn addedIn) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title;
        this.kind = kind;
        this.addedIn = addedIn;
    }

    void decided(int present, int yes, int no, int abstentions, Outcome outcome) {
        this.present = present;
        this.yes = yes;
        this.no = no;
        this.abstentions = abstentions;
        this.outcome = outcome;
    }

    public Long getMeetingId() { return meetingId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public AgendaItemKind getKind() { return kind; }
    public AddedIn getAddedIn() { return addedIn; }
    public Integer getPresent() { return present; }
    public Integer getYes() { return yes; }
    public Integer getNo() { return no; }
    public Integer getAbstentions() { return abstentions; }
    public Outcome getOutcome() { return outcome; }
}
