package de.netzwerke.governance.notification;

import java.util.List;

/**
 * One e-mail to one or more recipients; the text is German, plain text.
 *
 * @param from the sender; null: the application's {@code governance.mail.from}
 */
public record Mail(List<Recipient> to, String subject, String text, String from, List<Attachment> attachments) {

    /** A recipient; {@code partnerId} is what the log shows instead of the address. */
    public record Recipient(Long partnerId, String email) {
    }

    /** A file sent with the mail, e.g. an invitation's calendar entry ({@code text/calendar}). */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public Mail {
        to = List.copyOf(to);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Mail(List<Recipient> to, String subject, String text, String from) {
        this(to, subject, text, from, List.of());
    }

    public Mail(List<Recipient> to, String subject, String text) {
        this(to, subject, text, null, List.of());
    }
}
