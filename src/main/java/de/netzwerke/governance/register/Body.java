package de.netzwerke.governance.register;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A body of a network: a working table, the Sprecher:innenrat, the Tagung, the steering group, the network. */
@Entity
@Table(name = "body")
public class Body extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    @Enumerated(EnumType.STRING)
    private BodyKind kind;
    private String name;
    private String topic;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "field_of_action_id")
    private FieldOfAction fieldOfAction;
    /** A freely named field of action (the Netzwerk Migration has no fixed list). */
    @Column(name = "field_of_action_label")
    private String fieldOfActionLabel;
    /** The Camunda group whose members see this body's tasks. */
    @Column(name = "group_id")
    private String groupId;
    @Enumerated(EnumType.STRING)
    private BodyStatus status = BodyStatus.ACTIVE;
    @Column(name = "established_on")
    private LocalDate establishedOn;

    protected Body() {
    }

    public Body(String networkId, BodyKind kind, String name, String topic, FieldOfAction fieldOfAction, LocalDate establishedOn) {
        this.networkId = networkId;
        this.kind = kind;
        this.name = name;
        this.topic = topic;
        this.fieldOfAction = fieldOfAction;
        this.establishedOn = establishedOn;
    }
    public String getNetworkId() { return networkId; }
    public BodyKind getKind() { return kind; }
    public String getName() { return name; }
    public String getTopic() { return topic; }
    public FieldOfAction getFieldOfAction() { return fieldOfAction; }
    public String getFieldOfActionLabel() { return fieldOfActionLabel; }
    public void setFieldOfActionLabel(String fieldOfActionLabel) { this.fieldOfActionLabel = fieldOfActionLabel; }

    /** The field of action as people read it: from the list of W-9 or freely named. */
    public String fieldOfActionName() {
        return fieldOfAction != null ? fieldOfAction.getName() : fieldOfActionLabel;
    }

    public String getGroupId() { return groupId; }
    public void setGroupId(String groupId) { this.groupId = groupId; }
    public BodyStatus getStatus() { return status; }
    public LocalDate getEstablishedOn() { return establishedOn; }
}
