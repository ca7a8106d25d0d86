package de.netzwerke.governance.notification;

import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail through Spring Mail. Callers are asynchronous service tasks with a retry cycle, so an
 * exception here (SMTP down) becomes a retry and then an incident in Cockpit, never a lost step.
 * Without SMTP settings ({@code spring.mail.host}) the mail is written to the log instead; the log
 * names recipients by partner id only, never by address.
 */
@Service
public class MailService {

    private static final Logger LOG = LoggerFactory.getLogger(MailService.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final boolean logContent;

    /**
     * @param logContent whether a mail that is only logged shows its text (names of partners); on in the
     *                   default profile for trying things out, off in {@code prod}
     */
    public MailService(ObjectProvider<JavaMailSender> sender,
                       @Value("${governance.mail.from:netzwerk@localhost}") String from,
                       @Value("${governance.mail.log-content:true}") boolean logContent) {
        this.sender = sender;
        this.from = from;
        this.logContent = logContent;
    }

    public void send(Mail mail) {
        String[] addresses = mail.to().stream().map(Mail.Recipient::email).filter(Objects::nonNull)
                .filter(a -> !a.isBlank()).distinct().toArray(String[]::new);
        String who = mail.to().stream().map(r -> r.partnerId() == null ? "ohne Partner-Id" : "Partner " + r.partnerId())
                .collect(Collectors.joining(", "));
        if (addresses.length == 0) {
            LOG.info("E-Mail \"{}\" hat keine Empfänger:innen mit E-Mail-Adresse ({}); nicht versandt", mail.subject(), who);
            return;
        }
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            LOG.info("E-Mail (kein SMTP-Server eingerichtet, nur protokolliert) an {} Empfänger:innen ({})\nBetreff: {}\n{}{}",
                    addresses.length, who, logContent ? mail.subject() : "(nicht protokolliert)",
                    logContent ? mail.text() : "", mail.attachments().isEmpty() ? ""
                            : "\nAnhänge: " + mail.attachments().stream().map(Mail.Attachment::fileName).collect(Collectors.joining(", ")));
            return;
        }
        if (!mail.attachments().isEmpty()) {
            sendWithAttachments(smtp, mail, addresses);
            LOG.info("E-Mail \"{}\" mit {} Anhang/Anhängen an {} Empfänger:innen versandt ({})", mail.subject(),
                    mail.attachments().size(), addresses.length, who);
            return;
        }
        // one message per recipient: nobody sees the others' addresses
        SimpleMailMessage[] messages = java.util.Arrays.stream(addresses).map(address -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(mail.from() != null ? mail.from() : from);
            message.setTo(address);
            message.setSubject(mail.subject());
            message.setText(mail.text());
            return message;
        }).toArray(SimpleMailMessage[]::new);
        smtp.send(messages);
        LOG.info("E-Mail \"{}\" an {} Empfänger:innen versandt ({})", mail.subject(), addresses.length, who);
    }

    /** One MIME message per recipient: the text and each attachment (e.g. an invitation's .ics). */
    private void sendWithAttachments(JavaMailSender smtp, Mail mail, String[] addresses) {
        MimeMessage[] messages = new MimeMessage[addresses.length];
        try {
            for (int i = 0; i < addresses.length; i++) {
                MimeMessage message = smtp.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(mail.from() != null ? mail.from() : from);
                helper.setTo(addresses[i]);
                helper.setSubject(mail.subject());
                helper.setText(mail.text(), false);
                for (Mail.Attachment a : mail.attachments()) {
                    helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
                }
                messages[i] = message;
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("E-Mail \"" + mail.subject() + "\" konnte nicht erstellt werden", e);
        }
        smtp.send(messages);
    }
}
