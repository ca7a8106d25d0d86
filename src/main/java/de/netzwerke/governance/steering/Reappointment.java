package de.netzwerke.governance.steering;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;

/** One reappointment of a network's steering group (W-6), run by one process instance. */
@Entity
@Table(name = "steering_reappointment")
public class Reappointment extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    @Column(name = "body_id")
    private Long bodyId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private ReappointmentStatus status;
    /** The network id while waiting or running: one reappointment per network at a time. */
    @Column(name = "running_key")
    private String runningKey;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "decided_on")
    private LocalDate decidedOn;

    protected Reappointment() {
    }

    Reappointment(String networkId, Long bodyId, String processInstanceId, ReappointmentStatus status, Instant openedAt) {
        this.networkId = networkId;
        this.bodyId = bodyId;
        this.processInstanceId = processInstanceId;
        this.status = status;
        this.runningKey = networkId;
        this.openedAt = openedAt;
    }
    public String getNetworkId() { return networkId; }
    public Long getBodyId() { return bodyId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public ReappointmentStatus getStatus() { return status; }
    public LocalDate getDecidedOn() { return decidedOn; }

    void running() { this.status = ReappointmentStatus.RUNNING; }

    void superseded() {
        this.status = ReappointmentStatus.SUPERSEDED;
        this.runningKey = null;
    }

    void carried(LocalDate day) {
        this.status = ReappointmentStatus.CARRIED;
        this.decidedOn = day;
        this.runningKey = null;
    }
}
