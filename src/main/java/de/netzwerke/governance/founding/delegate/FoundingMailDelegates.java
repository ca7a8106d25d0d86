package de.netzwerke.governance.founding.delegate;

import static de.netzwerke.governance.founding.FoundingVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.founding.FoundingProposal;
import de.netzwerke.governance.founding.FoundingService;
import de.netzwerke.governance.notification.Mail.Recipient;
import de.netzwerke.governance.notification.NetworkMail;

/**
 * The e-mails of the founding process, in the network's own name. Each runs in an asynchronous service
 * task with a retry cycle: an SMTP outage becomes a retry and then an incident in Cockpit.
 */
@Configuration(proxyBeanMethods = false)
public class FoundingMailDelegates {

    /** ServiceTask_NotifyProposalDeclined: the proposer learns why. */
    @Bean
    JavaDelegate notifyProposalDeclinedDelegate(FoundingService founding, NetworkMail mail) {
        return execution -> {
            FoundingProposal p = proposal(founding, execution);
            String coordination = mail.coordination(p.getNetworkId()).getName();
            List<Recipient> to = p.getProposerEmail() == null ? List.of() : List.of(new Recipient(null, p.getProposerEmail()));
            mail.send(p.getNetworkId(), to, "Ihr Vorschlag für einen Arbeitstisch: " + p.getTopic(),
                    """
                    Guten Tag,

                    die %s hat Ihren Vorschlag für einen neuen Arbeitstisch zum Thema „%s“ geprüft und leider
                    abgelehnt.

                    Begründung:
                    %s

                    Bei Fragen wenden Sie sich gern an die %s.
                    """.formatted(coordination, p.getTopic(), p.getDeclineReason(), coordination));
        };
    }

    /** ServiceTask_NotifyWorkingTableEstablished: every declarant (and the proposer) hears of the new working table. */
    @Bean
    JavaDelegate notifyWorkingTableEstablishedDelegate(FoundingService founding, NetworkMail mail) {
        return execution -> {
            FoundingProposal p = proposal(founding, execution);
            mail.send(p.getNetworkId(), founding.proposerAndDeclarants(p.getId()),
                    "Der Arbeitstisch „" + p.getTopic() + "“ ist etabliert",
                    """
                    Guten Tag,

                    vielen Dank für Ihre Bereitschaft! Vertreter:innen von %d Organisationen haben erklärt, am Thema
                    „%s“ mitzuarbeiten. Damit ist der neue Arbeitstisch etabliert (Geschäftsordnung 3.1).

                    Als Nächstes bestimmt der Arbeitstisch für zwei Jahre seine Leitung und deren Stellvertretung
                    sowie sein Mitglied im Sprecher:innenrat mit Stellvertretung. Die %s lädt dazu ein.
                    """.formatted(ORGANISATION_COUNT.require(execution), p.getTopic(),
                            mail.coordination(p.getNetworkId()).getName()));
        };
    }

    /**
     * ServiceTask_NotifyLateDeclarant: who declared after the quorum hears that they are in — a member of the
     * working table, or one of its founders when it was still being set up.
     */
    @Bean
    JavaDelegate notifyLateDeclarantDelegate(FoundingService founding, NetworkMail mail) {
        return execution -> {
            FoundingProposal p = proposal(founding, execution);
            mail.send(p.getNetworkId(), List.of(founding.declarant(LATE_DECLARATION_ID.require(execution))),
                    "Willkommen im Arbeitstisch „" + p.getTopic() + "“",
                    """
                    Guten Tag,

                    vielen Dank für Ihre Bereitschaftserklärung zum Thema „%s“! Der Arbeitstisch hatte die nötigen
                    Organisationen bereits beisammen (Geschäftsordnung 3.1); Ihre Erklärung kam innerhalb der Frist,
                    und Sie sind jetzt Mitglied des Arbeitstischs.

                    Die %s lädt Sie zu den nächsten Treffen und Wahlen ein.
                    """.formatted(p.getTopic(), mail.coordination(p.getNetworkId()).getName()));
        };
    }

    /** ServiceTask_NotifyNotEstablished: proposer and declarants learn how many organisations were missing. */
    @Bean
    JavaDelegate notifyNotEstablishedDelegate(FoundingService founding, NetworkMail mail) {
        return execution -> {
            FoundingProposal p = proposal(founding, execution);
            int missing = MISSING_ORGANISATIONS.require(execution);
            mail.send(p.getNetworkId(), founding.proposerAndDeclarants(p.getId()),
                    "Der Arbeitstisch „" + p.getTopic() + "“ ist nicht zustande gekommen",
                    """
                    Guten Tag,

                    die Frist für Bereitschaftserklärungen zum Thema „%s“ ist abgelaufen. Bereit erklärt haben sich
                    Vertreter:innen von %d Organisationen; für einen neuen Arbeitstisch %s noch %d %s
                    (Geschäftsordnung 3.1: mindestens %d verschiedene Organisationen).

                    Das Thema kann jederzeit erneut vorgeschlagen werden.
                    """.formatted(p.getTopic(), ORGANISATION_COUNT.require(execution),
                            missing == 1 ? "fehlte" : "fehlten", missing, missing == 1 ? "Organisation" : "Organisationen",
                            founding.profile(p.getNetworkId()).getFounding().getMinOrganisations()));
        };
    }

    private static FoundingProposal proposal(FoundingService founding, DelegateExecution execution) {
        return founding.forInstance(execution.getProcessInstanceId());
    }
}
