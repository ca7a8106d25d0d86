package de.netzwerke.governance.vote;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;
import de.netzwerke.governance.voting.SeatRule;

/**
 * One member of a vote's electorate, fixed when the vote opens: the partner, the seat they vote for and their
 * role on it (SR-1), and whether and how they voted — never what they voted.
 */
@Entity
@Table(name = "digital_vote_voter")
public class Voter extends BaseEntity {

    @Column(name = "vote_id")
    private Long voteId;
    @Column(name = "partner_id")
    private Long partnerId;
    private String seat;
    @Enumerated(EnumType.STRING)
    private SeatRule.Role role;
    @Column(name = "voted_at")
    private Instant votedAt;
    @Column(name = "voted_via")
    private String votedVia;

    protected Voter() {
    }

    public Voter(Long voteId, SeatRule.Voter voter) {
        this.voteId = voteId;
        this.partnerId = voter.partnerId();
        this.seat = voter.seat();
        this.role = voter.role();
    }

    public Long getVoteId() { return voteId; }
    public Long getPartnerId() { return partnerId; }
    public String getSeat() { return seat; }
    public SeatRule.Role getRole() { return role; }
    public Instant getVotedAt() { return votedAt; }
    public String getVotedVia() { return votedVia; }
}
