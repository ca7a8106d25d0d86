package de.netzwerke.governance.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** A seat that has cast its one vote; unique per vote and seat, so a second vote is refused by the database too. */
@Entity
@Table(name = "digital_vote_seat")
public class SeatCast extends BaseEntity {

    @Column(name = "vote_id")
    private Long voteId;
    private String seat;

    protected SeatCast() {
    }

    public SeatCast(Long voteId, String seat) {
        this.voteId = voteId;
        this.seat = seat;
    }

    public Long getVoteId() { return voteId; }
    public String getSeat() { return seat; }
}
