package de.netzwerke.governance.membership;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.netzwerke.governance.security.SignedLinks;

/** The personal links of joining and leaving, as they appear in e-mails (M-1 double opt-in, W-1 leave by a click). */
@Component
public class MembershipLinks {

    /** M-1: confirm the e-mail address of an application (double opt-in). */
    static final String CONFIRM = "CONFIRM_EMAIL";
    /** W-1: leave the network. */
    static final String LEAVE = "LEAVE";

    private final SignedLinks links;
    private final MembershipProperties properties;

    public MembershipLinks(SignedLinks links, MembershipProperties properties) {
        this.links = links;
        this.properties = properties;
    }

    public String confirmUrl(Long applicationId, Instant now) {
        return properties.getPublicUrl() + "/mitmachen/bestaetigen/"
                + links.sign(CONFIRM, String.valueOf(applicationId), properties.getConfirmationPeriod(), now);
    }

    public String leaveUrl(Long partnerId, Instant now) {
        return properties.getPublicUrl() + "/austreten/"
                + links.sign(LEAVE, String.valueOf(partnerId), properties.getLeaveLinkValidity(), now);
    }

    public Optional<Long> applicationOf(String token, Instant now) {
        return links.verify(token, CONFIRM, now).map(c -> Long.valueOf(c.subject()));
    }

    public Optional<Long> partnerOf(String token, Instant now) {
        return links.verify(token, LEAVE, now).map(c -> Long.valueOf(c.subject()));
    }

    /** The sentence with the leave link that ends a network's e-mail to one partner. */
    public String leaveFooter(Long partnerId, Instant now) {
        return "Sie möchten nicht mehr am Netzwerk teilnehmen? Mit diesem persönlichen Link treten Sie aus:\n"
                + leaveUrl(partnerId, now);
    }
}
