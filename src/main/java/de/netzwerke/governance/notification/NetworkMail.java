package de.netzwerke.governance.notification;

import java.util.List;

import org.springframework.stereotype.Service;

import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.RuleProfile;

/**
 * E-mail in a network's own name: signed by its coordination and sent from its address, as its rule profile
 * says (the Netzwerk Willkommenskultur does not write as the Fachstelle Chancengleichheit of Schwerin).
 */
@Service
public class NetworkMail {

    private final MailService mail;
    private final GovernanceProperties properties;

    public NetworkMail(MailService mail, GovernanceProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** @param body the letter from the salutation to its last sentence; greeting and sign-off are added */
    public void send(String networkId, List<Mail.Recipient> to, String subject, String body) {
        RuleProfile.Coordination coordination = coordination(networkId);
        String text = body.stripTrailing() + "\n\nMit freundlichen Grüßen\n" + coordination.getSignOff() + "\n";
        String from = coordination.getMailFrom() == null || coordination.getMailFrom().isBlank() ? null
                : coordination.getMailFrom();
        mail.send(new Mail(to, subject, text, from));
    }

    /** The network's coordination, e.g. to name it in a letter ("die Fachstelle Chancengleichheit"). */
    public RuleProfile.Coordination coordination(String networkId) {
        return properties.profile(networkId).getCoordination();
    }
}
