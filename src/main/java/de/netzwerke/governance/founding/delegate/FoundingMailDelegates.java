package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.founding.FoundingProposal;
import de.netzwerke.governance.founding.FoundingService;
import de.netzwerke.governance.notification.Mail;
import de.netzwerke.governance.notification.Mail.Recipient;
import de.netzwerke.governance.notification.MailService;

/**
 * The e-mails of the founding process. Each runs in an asynchronous service task with a retry cycle:
 * an SMTP outage becomes a retry and then an incident in Cockpit.
 */
@Configuration(proxyBeanMethods = false)
public class FoundingMailDelegates {

    /** ServiceTask_NotifyProposalDeclined: the proposer learns why. */
    @Bean
    JavaDelegate notifyProposalDeclinedDelegate(FoundingService founding, MailService mail) {
        return execution -> {
            FoundingProposal p = proposal(founding, execution);
            mail.send(new Mail(proposer(p), "Ihr Vorschlag für einen Arbeitstisch: " + p.getTopic(),
                    """
                    Guten Tag,

                    die Fachstelle Chancengleichheit hat Ihren Vorschlag für einen neuen Arbeitstisch zum Thema
                    „%s“ geprüft und leider abgelehnt.

                    Begründung:
                    %s

                    Bei Fragen wenden Sie sich gern an die Fachstelle Chancengleichheit.

                    Mit freundlichen Grüßen
                    Netzwerk Migration – Fachstelle Chancengleichheit
                    """.formatted(p.getTopic(), p.getDeclineReason())));
        };
    }

    /** ServiceTask_NotifyWorkingTableEstablished: every declarant (and the proposer) hears of the new working table. */
    @Bean
    JavaDelegate notifyWorkingTableEstablishedDelegate(FoundingService founding, MailService mail) {
        return execution -> {
            FoundingProposal p = proposal(founding, execution);
            List<Recipient> to = founding.proposerAndDeclarants(p.getId(), p.getProposerEmail());
            mail.send(new Mail(to, "Der Arbeitstisch „" + p.getTopic() + "“ ist etabliert",
                    """
                    Guten Tag,

                    vielen Dank für Ihre Bereitschaft! Vertreter:innen von %d Organisationen haben erklärt, am Thema
                    „%s“ mitzuarbeiten. Damit ist der neue Arbeitstisch des Netzwerks Migration etabliert
                    (Geschäftsordnung 3.1).

                    Als Nächstes bestimmt der Arbeitstisch für zwei Jahre seine Leitung und deren Stellvertretung
                    sowie sein Mitglied im Sprecher:innenrat mit Stellvertretung. Die Fachstelle Chancengleichheit
                    lädt dazu ein.

                    Mit freundlichen Grüßen
                    Netzwerk Migration – Fachstelle Chancengleichheit
                    """.formatted((Integer) execution.getVariable(ORGANISATION_COUNT), p.getTopic())));
        };
    }

    /** ServiceTask_NotifyNotEstablished: proposer and declarants learn how many organisations were missing. */
    @Bean
    JavaDelegate notifyNotEstablishedDelegate(FoundingService founding, MailService mail) {
        return execution -> {
            FoundingProposal p = proposal(founding, execution);
            int missing = (Integer) execution.getVariable(MISSING_ORGANISATIONS);
            List<Recipient> to = founding.proposerAndDeclarants(p.getId(), p.getProposerEmail());
            mail.send(new Mail(to, "Der Arbeitstisch „" + p.getTopic() + "“ ist nicht zustande gekommen",
                    """
                    Guten Tag,

                    die Frist für Bereitschaftserklärungen zum Thema „%s“ ist abgelaufen. Bereit erklärt haben sich
                    Vertreter:innen von %d Organisationen; für einen neuen Arbeitstisch %s noch %d %s
                    (Geschäftsordnung 3.1: mindestens %d verschiedene Organisationen).

                    Das Thema kann jederzeit erneut vorgeschlagen werden.

                    Mit freundlichen Grüßen
                    Netzwerk Migration – Fachstelle Chancengleichheit
                    """.formatted(p.getTopic(), (Integer) execution.getVariable(ORGANISATION_COUNT),
                            missing == 1 ? "fehlte" : "fehlten", missing, missing == 1 ? "Organisation" : "Organisationen",
                            founding.profile(p.getNetworkId()).getFounding().getMinOrganisations())));
        };
    }

    private static FoundingProposal proposal(FoundingService founding, DelegateExecution execution) {
        return founding.proposal((Long) execution.getVariable(PROPOSAL_ID));
    }

    private static List<Recipient> proposer(FoundingProposal p) {
        return p.getProposerEmail() == null ? List.of() : List.of(new Recipient(null, p.getProposerEmail()));
    }
}
