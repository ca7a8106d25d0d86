package de.netzwerke.governance.election;

import de.netzwerke.governance.register.BaseEntity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.OfficeKind;

/** One election of one office of one body (AT-2, SR-2, SR-5). */
@Entity
@Table(name = "election")
public class Election extends BaseEntity {
    @Column(name = "body_id")
    private Long bodyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "office_kind")
    private OfficeKind officeKind;
    @Enumerated(EnumType.STRING)
    private ElectionStatus status = ElectionStatus.NOMINATING;
    private int round = 1;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "elected_partner_id")
    private Long electedPartnerId;
    @Column(name = "office_id")
    private Long officeId;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** "bodyId:office" while the election runs, else null: the database allows one running election per office. */
    @Column(name = "running_key")
    private String runningKey;

    protected Election() {
    }

    public Election(Long bodyId, OfficeKind officeKind, String processInstanceId, Instant startedAt) {
        this.bodyId = bodyId;
        this.officeKind = officeKind;
        this.processInstanceId = processInstanceId;
        this.startedAt = startedAt;
        this.runningKey = bodyId + ":" + officeKind.name();
    }

    public void balloting() {
        this.status = ElectionStatus.BALLOTING;
    }

    public void nextRound() {
        this.round++;
    }

    public void renominate() {
        this.status = ElectionStatus.NOMINATING;
        this.round = 1;
        this.runningKey = bodyId + ":" + officeKind.name();
    }

    public void elected(Long partnerId, Instant at) {
        this.status = ElectionStatus.ELECTED;
        this.electedPartnerId = partnerId;
        this.closedAt = at;
        this.runningKey = null;
    }

    public void installed(Long officeId) {
        this.officeId = officeId;
    }

    public void noElection(Instant at) {
        this.status = ElectionStatus.NO_ELECTION;
        this.closedAt = at;
        this.runningKey = null;
    }
    public Long getBodyId() { return bodyId; }
    public OfficeKind getOfficeKind() { return officeKind; }
    public ElectionStatus getStatus() { return status; }
    public int getRound() { return round; }
    public Long getElectedPartnerId() { return electedPartnerId; }
    public Long getOfficeId() { return officeId; }
    public String getProcessInstanceId() { return processInstanceId; }
}
