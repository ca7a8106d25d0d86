package de.netzwerke.governance.membership;

import static de.netzwerke.governance.membership.MembershipVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.process.VariableContract;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.security.ProcessAccess;

/** What PartnerAdmission and MembershipReview accept from callers, and who may start and follow them. */
@Configuration(proxyBeanMethods = false)
public class MembershipConfiguration {

    @Bean
    VariableContract partnerAdmissionContract() {
        return VariableContract.of(ADMISSION_KEY)
                .start(NETWORK_ID, APPLICANT_NAME, APPLICANT_EMAIL, APPLICANT_ORGANISATION, MOTIVATION, CONSENT)
                .task("Task_DecideAdmission", DECISION, ADMITTED, DECLINE_REASON)
                .message(MESSAGE_EMAIL_CONFIRMED)
                .whenClosed("Dieser Antrag ist bereits abgeschlossen (entschieden oder nach 7 Tagen ohne Bestätigung gelöscht).")
                .build();
    }

    @Bean
    VariableContract membershipReviewContract() {
        List<Var<?>> confirm = new ArrayList<>(rowDecisions());
        confirm.add(REMOVE_PARTNER_IDS);
        confirm.add(KEEP_PARTNER_IDS);
        return VariableContract.of(REVIEW_KEY)
                .start(NETWORK_ID, AS_OF)
                .task("Task_ConfirmRemovals", confirm)
                .build();
    }

    /** M-1, M-3, W-5: the coordination enters applications and decides; the public page starts as the system. */
    @Bean
    ProcessAccess partnerAdmissionAccess() {
        Set<String> coordination = Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.STEUERUNGSGRUPPE);
        return new ProcessAccess(ADMISSION_KEY, false, coordination, false, coordination);
    }

    /** M-2: the coordination starts a review on demand and follows every review. */
    @Bean
    ProcessAccess membershipReviewAccess() {
        Set<String> coordination = Set.of(GovernanceGroups.FACHSTELLE, GovernanceGroups.STEUERUNGSGRUPPE);
        return new ProcessAccess(REVIEW_KEY, false, coordination, false, coordination);
    }
}
