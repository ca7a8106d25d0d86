package de.netzwerke.governance.vote;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One ballot of a digital vote: only the vote and the choice (secret ballot). It has no voter, no time and a
 * random id instead of the register's ascending one ({@code BaseEntity}), so that nobody can line ballots up with
 * the order in which the voters voted.
 */
@Entity
@Table(name = "digital_vote_ballot")
public class SecretBallot {

    public enum Choice { YES, NO, ABSTAIN }

    @Id
    private String id;
    @Column(name = "vote_id")
    private Long voteId;
    @Enumerated(EnumType.STRING)
    private Choice choice;

    protected SecretBallot() {
    }

    public SecretBallot(Long voteId, Choice choice) {
        this.id = UUID.randomUUID().toString();
        this.voteId = voteId;
        this.choice = choice;
    }

    public Choice getChoice() { return choice; }
}
