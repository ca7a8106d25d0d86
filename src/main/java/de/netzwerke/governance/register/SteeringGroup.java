package de.netzwerke.governance.register;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * W-6: the steering group's confirmation on record: the day the network last confirmed or newly chose its
 * members, and the day the next confirmation falls due ({@code steering-group.term} later).
 */
@Entity
@Table(name = "steering_group")
public class SteeringGroup extends BaseEntity {
    @Column(name = "body_id")
    private Long bodyId;
    @Column(name = "last_confirmed_on")
    private LocalDate lastConfirmedOn;
    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    protected SteeringGroup() {
    }

    public SteeringGroup(Long bodyId, LocalDate lastConfirmedOn, LocalDate nextDueOn) {
        this.bodyId = bodyId;
        this.lastConfirmedOn = lastConfirmedOn;
        this.nextDueOn = nextDueOn;
    }
    public Long getBodyId() { return bodyId; }
    public LocalDate getLastConfirmedOn() { return lastConfirmedOn; }
    public LocalDate getNextDueOn() { return nextDueOn; }

    void confirmed(LocalDate day, LocalDate nextDue) {
        this.lastConfirmedOn = day;
        this.nextDueOn = nextDue;
    }
}
