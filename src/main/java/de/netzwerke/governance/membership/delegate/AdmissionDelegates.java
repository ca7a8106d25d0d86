package de.netzwerke.governance.membership.delegate;

import static de.netzwerke.governance.membership.MembershipVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.membership.MembershipProperties;
import de.netzwerke.governance.membership.MembershipService;
import de.netzwerke.governance.membership.PartnerApplication;
import de.netzwerke.governance.membership.PartnerApplication.Channel;
import de.netzwerke.governance.process.Actor;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;

/**
 * The service tasks of PartnerAdmission (M-1, W-1): the application goes into the register at once and its
 * personal data leaves the instance; the application is always the one the register holds for this instance.
 */
@Configuration(proxyBeanMethods = false)
public class AdmissionDelegates {

    /** ServiceTask_RegisterApplication: checks and registers; the confirmation period starts. */
    @Bean
    JavaDelegate registerApplicationDelegate(MembershipService membership, Bodies bodies, MembershipProperties properties,
                                             Today today) {
        return execution -> {
            String networkId = NETWORK_ID.get(execution);
            membership.requireNetwork(networkId);
            Actor actor = Actor.of(execution);
            if (actor != null && !actor.groups().contains(GovernanceGroups.CAMUNDA_ADMIN)
                    && !actor.groups().contains(bodies.coordinationGroup(networkId))) {
                throw new RuleViolation("Anträge für dieses Netzwerk erfasst nur seine Koordination ("
                        + bodies.profile(networkId).getCoordination().getName() + ").");
            }
            PartnerApplication application = membership.apply(networkId, APPLICANT_NAME.get(execution),
                    APPLICANT_EMAIL.get(execution), APPLICANT_ORGANISATION.get(execution), MOTIVATION.get(execution),
                    CONSENT.get(execution), actor == null ? Channel.PUBLIC_PAGE : Channel.TASKLIST,
                    execution.getProcessInstanceId());
            APPLICANT_NAME.remove(execution);
            APPLICANT_EMAIL.remove(execution);
            APPLICANT_ORGANISATION.remove(execution);
            MOTIVATION.remove(execution);
            APPLICATION_ID.set(execution, application.getId());
            CONFIRMATION_DEADLINE.set(execution, Date.from(today.now().plus(properties.getConfirmationPeriod())));
            execution.setProcessBusinessKey("Aufnahme " + application.getId());
        };
    }

    /** ServiceTask_RecordConfirmation: the applicant confirmed the address (double opt-in). */
    @Bean
    JavaDelegate recordConfirmationDelegate(MembershipService membership) {
        return execution -> membership.confirm(membership.application(execution.getProcessInstanceId()).getId());
    }

    /** ServiceTask_ExpireApplication: 7 days unconfirmed: the application and its data are deleted. */
    @Bean
    JavaDelegate expireApplicationDelegate(MembershipService membership) {
        return execution -> membership.expire(execution.getProcessInstanceId());
    }

    /** ServiceTask_RecordAdmissionDecision: admit (the register makes the partner) or decline with a reason. */
    @Bean
    JavaDelegate recordAdmissionDecisionDelegate(MembershipService membership) {
        return execution -> {
            String decision = DECISION.get(execution);
            Boolean admitted = decision != null ? Boolean.valueOf("admit".equals(decision)) : ADMITTED.get(execution);
            if (admitted == null) {
                throw new RuleViolation("Bitte entscheiden Sie: aufnehmen oder ablehnen.");
            }
            Actor actor = Actor.of(execution);
            String by = actor == null ? null : actor.userId();
            if (admitted) {
                Partner partner = membership.admit(execution.getProcessInstanceId(), by);
                PARTNER_ID.set(execution, partner.getId());
            } else {
                if (DECLINE_REASON.get(execution) == null) {
                    throw new RuleViolation("Bitte begründen Sie die Ablehnung; die Begründung geht an die antragstellende Person.");
                }
                membership.decline(execution.getProcessInstanceId(), by);
            }
            ADMITTED.set(execution, admitted);
        };
    }

    /** At the end of a declined application: name, address and reason go. */
    @Bean
    ExecutionListener forgetApplication(MembershipService membership) {
        return execution -> {
            membership.forgetApplication(execution.getProcessInstanceId());
            DECLINE_REASON.remove(execution);
        };
    }
}
