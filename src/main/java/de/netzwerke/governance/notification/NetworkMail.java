package de.netzwerke.governance.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.RuleProfile;

/**
 * E-mail in a network's own name: signed by its coordination and sent from its address, as its rule profile
 * says (the Netzwerk Willkommenskultur does not write as the Fachstelle Chancengleichheit of Schwerin). A
 * recipient who is a partner gets, below the sign-off, what the {@link PersonalFooter} beans give them (the
 * personal leave link of W-1) in a letter of their own.
 */
@Service
public class NetworkMail {

    private final MailService mail;
    private final GovernanceProperties properties;
    private final ObjectProvider<PersonalFooter> footers;

    public NetworkMail(MailService mail, GovernanceProperties properties, ObjectProvider<PersonalFooter> footers) {
        this.mail = mail;
        this.properties = properties;
        this.footers = footers;
    }

    /** @param body the letter from the salutation to its last sentence; greeting and sign-off are added */
    public void send(String networkId, List<Mail.Recipient> to, String subject, String body) {
        send(networkId, to, subject, body, List.of());
    }

    /** The same, with attachments (e.g. an invitation's calendar entry). */
    public void send(String networkId, List<Mail.Recipient> to, String subject, String body,
                     List<Mail.Attachment> attachments) {
        RuleProfile.Coordination coordination = coordination(networkId);
        String text = body.stripTrailing() + "\n\nMit freundlichen Grüßen\n" + coordination.getSignOff() + "\n";
        String from = coordination.getMailFrom() == null || coordination.getMailFrom().isBlank() ? null
                : coordination.getMailFrom();
        List<Mail.Recipient> plain = new ArrayList<>();
        for (Mail.Recipient r : to) {
            Optional<String> footer = footer(networkId, r);
            if (footer.isPresent()) {
                mail.send(new Mail(List.of(r), subject, text + "\n-- \n" + footer.get().strip() + "\n", from, attachments));
            } else {
                plain.add(r);
            }
        }
        if (!plain.isEmpty() || to.isEmpty()) {
            mail.send(new Mail(plain, subject, text, from, attachments));
        }
    }

    private Optional<String> footer(String networkId, Mail.Recipient r) {
        if (r.partnerId() == null || r.email() == null || r.email().isBlank()) {
            return Optional.empty();
        }
        StringBuilder all = new StringBuilder();
        footers.orderedStream().forEach(f -> f.footer(networkId, r.partnerId()).ifPresent(t -> all.append(t.strip()).append("\n\n")));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.toString());
    }

    /** The network's coordination, e.g. to name it in a letter ("die Fachstelle Chancengleichheit"). */
    public RuleProfile.Coordination coordination(String networkId) {
        return properties.profile(networkId).getCoordination();
    }
}
