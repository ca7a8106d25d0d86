package de.netzwerke.governance.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** W-9: a field of action (Handlungsfeld) of the integration process chain. */
@Entity
@Table(name = "field_of_action")
public class FieldOfAction extends BaseEntity {
    @Column(name = "network_id")
    private String networkId;
    private String code;
    private String name;
    @Column(name = "actor_kinds")
    private String actorKinds;
    private int position;

    protected FieldOfAction() {
    }
    public String getNetworkId() { return networkId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getActorKinds() { return actorKinds; }
    public int getPosition() { return position; }
}
