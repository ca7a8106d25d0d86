package de.netzwerke.governance.membership;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** M-2: one absence review of a network as of a day. */
@Entity
@Table(name = "membership_review")
public class MembershipReviewRecord extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    @Column(name = "as_of")
    private LocalDate asOf;
    @Column(name = "window_start")
    private LocalDate windowStart;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MembershipReviewRecord() {
    }

    public MembershipReviewRecord(String networkId, LocalDate asOf, LocalDate windowStart, String processInstanceId,
                                  Instant createdAt) {
        this.networkId = networkId;
        this.asOf = asOf;
        this.windowStart = windowStart;
        this.processInstanceId = processInstanceId;
        this.createdAt = createdAt;
    }

    public String getNetworkId() { return networkId; }
    public LocalDate getAsOf() { return asOf; }
    public LocalDate getWindowStart() { return windowStart; }
    public String getProcessInstanceId() { return processInstanceId; }
}
