package de.netzwerke.governance.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import de.netzwerke.governance.register.BaseEntity;
import de.netzwerke.governance.register.FieldOfAction;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.Reach;

/**
 * A person of one reappointment: a current member (who stands again or steps down) or a nominee, with the
 * facts W-7 and W-8 are checked on, and whether the coordination proposes them.
 */
@Entity
@Table(name = "steering_candidate")
public class SteeringCandidate extends BaseEntity {
    @Column(name = "reappointment_id")
    private Long reappointmentId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;
    @Column(name = "current_member")
    private boolean currentMember;
    @Column(name = "stands_again")
    private Boolean standsAgain;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "field_of_action_id")
    private FieldOfAction fieldOfAction;
    @Enumerated(EnumType.STRING)
    private Reach reach;
    @Column(name = "business_link")
    private boolean businessLink;
    @Column(name = "welcome_culture_bearing")
    private boolean welcomeCultureBearing;
    private boolean proposed;

    protected SteeringCandidate() {
    }

    SteeringCandidate(Long reappointmentId, Partner partner, boolean currentMember, FieldOfAction fieldOfAction,
                      Reach reach, boolean businessLink, boolean welcomeCultureBearing) {
        this.reappointmentId = reappointmentId;
        this.partner = partner;
        this.currentMember = currentMember;
        this.fieldOfAction = fieldOfAction;
        this.reach = reach;
        this.businessLink = businessLink;
        this.welcomeCultureBearing = welcomeCultureBearing;
    }
    public Long getReappointmentId() { return reappointmentId; }
    public Partner getPartner() { return partner; }
    public boolean isCurrentMember() { return currentMember; }
    public Boolean getStandsAgain() { return standsAgain; }
    public FieldOfAction getFieldOfAction() { return fieldOfAction; }
    public Reach getReach() { return reach; }
    public boolean isBusinessLink() { return businessLink; }
    public boolean isWelcomeCultureBearing() { return welcomeCultureBearing; }
    public boolean isProposed() { return proposed; }

    /** A current member who stepped down is not a candidate; a member who did not answer yet is. */
    public boolean isAvailable() {
        return !currentMember || !Boolean.FALSE.equals(standsAgain);
    }

    public SteeringGroupEligibility.Facts facts() {
        return new SteeringGroupEligibility.Facts(fieldOfAction == null ? null : fieldOfAction.getCode(), reach,
                businessLink, welcomeCultureBearing);
    }

    /** „Name (Organisation) – Handlungsfeld, Wirkungskreis“, as tasks and e-mails name the person. */
    public String line() {
        String org = partner.organisationName();
        String field = fieldOfAction == null ? "ohne Handlungsfeld" : fieldOfAction.getName();
        return partner.getName() + (org == null ? "" : " (" + org + ")") + " – " + field
                + (reach == null ? "" : ", " + reach.label());
    }

    void standsAgain(boolean again) { this.standsAgain = again; }

    void proposed(boolean proposed) { this.proposed = proposed; }
}
