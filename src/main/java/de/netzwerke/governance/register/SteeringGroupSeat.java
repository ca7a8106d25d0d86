package de.netzwerke.governance.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A seat in the steering group, beside the membership it belongs to: the field of action the member comes
 * from (W-8, W-9) and what W-7 asks (reach; business or a field with a basic bearing on welcome culture).
 */
@Entity
@Table(name = "steering_group_seat")
public class SteeringGroupSeat extends BaseEntity {
    @Column(name = "membership_id")
    private Long membershipId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "field_of_action_id")
    private FieldOfAction fieldOfAction;
    @Enumerated(EnumType.STRING)
    private Reach reach;
    @Column(name = "business_link")
    private boolean businessLink;
    @Column(name = "welcome_culture_bearing")
    private boolean welcomeCultureBearing;

    protected SteeringGroupSeat() {
    }

    public SteeringGroupSeat(Long membershipId, FieldOfAction fieldOfAction, Reach reach, boolean businessLink,
                             boolean welcomeCultureBearing) {
        this.membershipId = membershipId;
        this.fieldOfAction = fieldOfAction;
        this.reach = reach;
        this.businessLink = businessLink;
        this.welcomeCultureBearing = welcomeCultureBearing;
    }
    public Long getMembershipId() { return membershipId; }
    public FieldOfAction getFieldOfAction() { return fieldOfAction; }
    public Reach getReach() { return reach; }
    public boolean isBusinessLink() { return businessLink; }
    public boolean isWelcomeCultureBearing() { return welcomeCultureBearing; }

    void update(FieldOfAction fieldOfAction, Reach reach, boolean businessLink, boolean welcomeCultureBearing) {
        this.fieldOfAction = fieldOfAction;
        this.reach = reach;
        this.businessLink = businessLink;
        this.welcomeCultureBearing = welcomeCultureBearing;
    }
}
