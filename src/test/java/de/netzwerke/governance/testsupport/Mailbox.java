package de.netzwerke.governance.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/** The e-mail GreenMail received, read by recipient and subject. */
public class Mailbox {

    /** A test on a message; may throw like the {@link MimeMessage} getters. */
    public interface MailFilter {
        boolean test(MimeMessage message) throws Exception;
    }

    private final GreenMail greenMail;

    public Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** All recipients of the received messages that pass the filter. */
    public List<String> recipientsOf(MailFilter filter) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (filter.test(m)) {
                to.addAll(recipients(m));
            }
        }
        return to;
    }

    public static List<String> recipients(MimeMessage m) {
        try {
            Address[] all = m.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
