package de.netzwerke.governance.membership.delegate;

import static de.netzwerke.governance.membership.MembershipVariables.*;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.netzwerke.governance.membership.MembershipLinks;
import de.netzwerke.governance.membership.MembershipProperties;
import de.netzwerke.governance.membership.MembershipService;
import de.netzwerke.governance.membership.PartnerApplication;
import de.netzwerke.governance.notification.GermanDates;
import de.netzwerke.governance.notification.Mail.Recipient;
import de.netzwerke.governance.notification.NetworkMail;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.Today;

/** The e-mails of PartnerAdmission, in the network's own name; each in an asynchronous step with retries. */
@Configuration(proxyBeanMethods = false)
public class AdmissionMailDelegates {

    /** ServiceTask_SendConfirmationLink: the double opt-in link, valid for the confirmation period. */
    @Bean
    JavaDelegate sendConfirmationLinkDelegate(MembershipService membership, MembershipLinks links, NetworkMail mail,
                                              Today today) {
        return execution -> {
            PartnerApplication a = membership.application(execution.getProcessInstanceId());
            mail.send(a.getNetworkId(), List.of(new Recipient(null, a.getEmail())),
                    "Bitte bestätigen Sie Ihre E-Mail-Adresse",
                    """
                    Guten Tag %s,

                    vielen Dank für Ihr Interesse am Netzwerk! Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:
                    %s

                    Erst danach entscheidet die %s über Ihre Aufnahme. Ohne Bestätigung löschen wir Ihren Antrag
                    nach 7 Tagen. Haben Sie sich nicht angemeldet, können Sie diese E-Mail einfach löschen.
                    """.formatted(a.getName(), links.confirmUrl(a.getId(), today.now()),
                            mail.coordination(a.getNetworkId()).getName()));
        };
    }

    /** ServiceTask_SendWelcome: welcome with the network's documents (W-4); NetworkMail adds the personal leave link (W-1). */
    @Bean
    JavaDelegate sendWelcomeDelegate(Bodies bodies, MembershipProperties properties, NetworkMail mail) {
        return execution -> {
            Partner p = bodies.partner(PARTNER_ID.require(execution));
            if (!p.isActive()) {
                return;
            }
            List<MembershipProperties.Document> docs = properties.documents(p.getNetworkId());
            String documents = docs.isEmpty() ? "Die Vorlagen und Checklisten des Netzwerks erhalten Sie von der "
                    + mail.coordination(p.getNetworkId()).getName() + "."
                    : "Die Vorlagen und Checklisten des Netzwerks finden Sie hier:\n" + docs.stream()
                            .map(d -> "- " + d.getTitle() + ": " + d.getUrl()).collect(Collectors.joining("\n"));
            mail.send(p.getNetworkId(), List.of(new Recipient(p.getId(), p.getEmail())), "Willkommen im Netzwerk",
                    """
                    Guten Tag %s,

                    herzlich willkommen! Die %s hat Sie am %s als Netzwerkpartner:in aufgenommen. Sie stehen ab jetzt
                    im Verteiler und erhalten Einladungen und Protokolle.

                    %s

                    Möchten Sie nicht mehr mitmachen, genügt ein Klick auf den persönlichen Link am Ende jeder
                    E-Mail des Netzwerks.
                    """.formatted(p.getName(), mail.coordination(p.getNetworkId()).getName(),
                            GermanDates.format(p.getJoinedOn()), documents));
        };
    }

    /** ServiceTask_SendDecline: the reason; the application's data is deleted at the end. */
    @Bean
    JavaDelegate sendDeclineDelegate(MembershipService membership, NetworkMail mail) {
        return execution -> {
            PartnerApplication a = membership.application(execution.getProcessInstanceId());
            mail.send(a.getNetworkId(), List.of(new Recipient(null, a.getEmail())), "Ihr Antrag auf Teilnahme am Netzwerk",
                    """
                    Guten Tag %s,

                    die %s hat Ihren Antrag geprüft und kann Sie leider nicht aufnehmen.

                    Begründung:
                    %s

                    Ihre Angaben aus dem Antrag haben wir gelöscht.
                    """.formatted(a.getName(), mail.coordination(a.getNetworkId()).getName(),
                            DECLINE_REASON.get(execution)));
        };
    }
}
