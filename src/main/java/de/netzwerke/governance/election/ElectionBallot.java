package de.netzwerke.governance.election;

import de.netzwerke.governance.register.BaseEntity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** SR-7: one count as entered by the chair and what came of it. */
@Entity
@Table(name = "election_ballot")
public class ElectionBallot extends BaseEntity {
    @Column(name = "election_id")
    private Long electionId;
    private int round;
    private int present;
    @Column(name = "no_votes")
    private int noVotes;
    private int abstentions;
    /** "partnerId=votes;…" in ballot order. */
    private String votes;
    private String outcome;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ElectionBallot() {
    }

    public ElectionBallot(Long electionId, int round, int present, int noVotes, int abstentions, String votes,
                          String outcome, Instant recordedAt) {
        this.electionId = electionId;
        this.round = round;
        this.present = present;
        this.noVotes = noVotes;
        this.abstentions = abstentions;
        this.votes = votes;
        this.outcome = outcome;
        this.recordedAt = recordedAt;
    }

    public Long getElectionId() { return electionId; }
    public int getRound() { return round; }
    public int getPresent() { return present; }
    public String getVotes() { return votes; }
    public String getOutcome() { return outcome; }
}
