package de.netzwerke.governance.vote;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;
import de.netzwerke.governance.register.MajorityBase;
import de.netzwerke.governance.voting.Majority;

/**
 * One digital vote (G-1, SR-1, SR-3, SR-7): the question, who may vote, the majority it needs, until when, and,
 * once counted, the result. The ballots are rows of their own ({@link SecretBallot}), never process variables.
 */
@Entity
@Table(name = "digital_vote")
public class DigitalVote extends BaseEntity {

    public enum Status { PREPARED, OPEN, COUNTED }

    @Column(name = "network_id")
    private String networkId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    private String question;
    @Enumerated(EnumType.STRING)
    private Electorate electorate;
    @Enumerated(EnumType.STRING)
    private Majority majority;
    @Enumerated(EnumType.STRING)
    @Column(name = "majority_base")
    private MajorityBase majorityBase;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PREPARED;
    @Column(name = "created_at")
    private Instant createdAt;
    private Instant deadline;
    @Column(name = "reminder_at")
    private Instant reminderAt;
    @Column(name = "electorate_size")
    private int electorateSize;
    @Column(name = "cast_count")
    private int castCount;
    @Column(name = "yes_votes")
    private Integer yes;
    @Column(name = "no_votes")
    private Integer no;
    private Integer abstentions;
    private Integer n;
    private Boolean carried;
    @Column(name = "counted_at")
    private Instant countedAt;

    protected DigitalVote() {
    }

    public DigitalVote(String networkId, String processInstanceId, String question, Electorate electorate,
                       Majority majority, MajorityBase majorityBase, Instant createdAt, Instant deadline,
                       Instant reminderAt) {
        this.networkId = networkId;
        this.processInstanceId = processInstanceId;
        this.question = question;
        this.electorate = electorate;
        this.majority = majority;
        this.majorityBase = majorityBase;
        this.createdAt = createdAt;
        this.deadline = deadline;
        this.reminderAt = reminderAt;
    }

    public String getNetworkId() { return networkId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getQuestion() { return question; }
    public Electorate getElectorate() { return electorate; }
    public Majority getMajority() { return majority; }
    public MajorityBase getMajorityBase() { return majorityBase; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getReminderAt() { return reminderAt; }
    public int getElectorateSize() { return electorateSize; }
    public int getCastCount() { return castCount; }
    public Integer getYes() { return yes; }
    public Integer getNo() { return no; }
    public Integer getAbstentions() { return abstentions; }
    public Integer getN() { return n; }
    public Boolean getCarried() { return carried; }
    public Instant getCountedAt() { return countedAt; }

    void setElectorateSize(int electorateSize) { this.electorateSize = electorateSize; }

    void open() { this.status = Status.OPEN; }

    void counted(int yes, int no, int abstentions, int n, boolean carried, Instant at) {
        this.status = Status.COUNTED;
        this.yes = yes;
        this.no = no;
        this.abstentions = abstentions;
        this.n = n;
        this.carried = carried;
        this.countedAt = at;
    }
}
