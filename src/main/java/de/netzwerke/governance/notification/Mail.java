package de.netzwerke.governance.notification;

import java.util.List;

/**
 * One e-mail to one or more recipients; the text is German, plain text.
 *
 * @param from the sender; null: the application's {@code governance.mail.from}
 */
public record Mail(List<Recipient> to, String subject, String text, String from) {

    /** A recipient; {@code partnerId} is what the log shows instead of the address. */
    public record Recipient(Long partnerId, String email) {
    }

    public Mail {
        to = List.copyOf(to);
    }

    public Mail(List<Recipient> to, String subject, String text) {
        this(to, subject, text, null);
    }
}
