package de.netzwerke.governance.membership.delegate;

import static de.netzwerke.governance.membership.MembershipVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.membership.MembershipService;
import de.netzwerke.governance.membership.MembershipVariables;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.notification.Mail.Recipient;
import de.netzwerke.governance.notification.NetworkMail;
import de.netzwerke.governance.process.Actor;
import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;

/** The service tasks of MembershipReview (M-2). */
@Configuration(proxyBeanMethods = false)
public class ReviewDelegates {

    /** ServiceTask_StartNetworkReviews: at the start of every month, one review per network of the profiles. */
    @Bean
    JavaDelegate startNetworkReviewsDelegate(GovernanceProperties properties) {
        return execution -> {
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            for (String networkId : properties.getNetworks().keySet()) {
                runtime.startProcessInstanceByKey(REVIEW_KEY, Variables.createVariables().putValue(NETWORK_ID.name(), networkId));
            }
        };
    }

    /** ServiceTask_ReviewAbsences: AbsenceReview over the register and the recorded attendance. */
    @Bean
    JavaDelegate reviewAbsencesDelegate(MembershipService membership, Today today) {
        return execution -> {
            String networkId = NETWORK_ID.require(execution);
            String asOfText = AS_OF.get(execution);
            LocalDate asOf;
            try {
                asOf = asOfText == null ? today.date() : LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                throw new RuleViolation("„Stichtag“ bitte als Datum JJJJ-MM-TT angeben, z. B. 2027-03-01.");
            }
            if (asOf.isAfter(today.date())) {
                throw new RuleViolation("Der Stichtag darf nicht in der Zukunft liegen.");
            }
            List<Long> flagged = membership.review(networkId, asOf, execution.getProcessInstanceId());
            AS_OF.set(execution, asOf.toString());
            REVIEW_ID.set(execution, membership.reviewOf(execution.getProcessInstanceId()).getId());
            FLAGGED_PARTNER_IDS.set(execution, flagged);
            FLAGGED_COUNT.set(execution, flagged.size());
            execution.setProcessBusinessKey("Teilnahmeprüfung " + REVIEW_ID.get(execution) + ": "
                    + GermanDates.format(asOf));
        };
    }

    /** ServiceTask_RecordRemovalDecisions: every shown partner needs a decision; kept ones are not flagged again. */
    @Bean
    JavaDelegate recordRemovalDecisionsDelegate(MembershipService membership) {
        return execution -> {
            Map<Integer, String> byRow = new LinkedHashMap<>();
            for (int row = 1; row <= MembershipService.ROWS; row++) {
                String d = MembershipVariables.rowDecision(row).get(execution);
                if (d != null) {
                    byRow.put(row, d);
                }
            }
            List<Long> remove = REMOVE_PARTNER_IDS.get(execution);
            List<Long> keep = KEEP_PARTNER_IDS.get(execution);
            Actor actor = Actor.of(execution);
            int undecided = membership.decide(execution.getProcessInstanceId(), byRow, remove == null ? List.of() : remove,
                    keep == null ? List.of() : keep, actor == null ? null : actor.userId());
            MembershipVariables.rowDecisions().forEach(v -> v.remove(execution));
            REMOVE_PARTNER_IDS.remove(execution);
            KEEP_PARTNER_IDS.remove(execution);
            UNDECIDED_COUNT.set(execution, undecided);
            List<Long> confirmed = membership.confirmedRemovalIds(execution.getProcessInstanceId());
            REMOVAL_COUNT.set(execution, confirmed.size());
            REMOVED_PARTNER_IDS.set(execution, confirmed);
        };
    }

    /** ServiceTask_NotifyRemovedPartners: each partner whose removal was confirmed is told, before the address goes. */
    @Bean
    JavaDelegate notifyRemovedPartnersDelegate(MembershipService membership, NetworkMail mail) {
        return execution -> {
            for (Partner p : membership.confirmedRemovals(execution.getProcessInstanceId())) {
                mail.send(p.getNetworkId(), List.of(new Recipient(p.getId(), p.getEmail())),
                        "Ihre Teilnahme am Netzwerk endet",
                        """
                        Guten Tag %s,

                        Sie haben seit einem Jahr an keiner Veranstaltung des Netzwerks teilgenommen und waren mindestens
                        einmal unentschuldigt abwesend. Nach der Geschäftsordnung (§2) nimmt die %s Sie deshalb aus der
                        Übersicht und dem Verteiler; Sie erhalten keine Einladungen und Protokolle mehr. Ihren Namen und
                        Ihre E-Mail-Adresse löschen wir.

                        Sie sind jederzeit wieder willkommen: Ein neuer Antrag genügt.
                        """.formatted(p.getName(), mail.coordination(p.getNetworkId()).getName()));
            }
        };
    }

    /** ServiceTask_RemovePartners: removal with deletion of name, address and login; offices end, elections start. */
    @Bean
    JavaDelegate removePartnersDelegate(MembershipService membership) {
        return execution -> membership.removeConfirmed(execution.getProcessInstanceId());
    }
}
