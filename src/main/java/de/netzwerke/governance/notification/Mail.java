package de.netzwerke.governance.notification;

import java.util.List;

/** One e-mail to one or more recipients; the text is German, plain text. */
public record Mail(List<Recipient> to, String subject, String text) {

    /** A recipient; {@code partnerId} is what the log shows instead of the address. */
    public record Recipient(Long partnerId, String email) {
    }

    public Mail {
        to = List.copyOf(to);
    }
}
