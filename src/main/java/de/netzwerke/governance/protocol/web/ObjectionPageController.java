package de.netzwerke.governance.protocol.web;

import java.util.Optional;

import de.netzwerke.governance.security.CrossSitePosts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.netzwerke.governance.meeting.MeetingRecords;
import de.netzwerke.governance.protocol.Objection;
import de.netzwerke.governance.protocol.ProtocolObjections;
import de.netzwerke.governance.protocol.ProtocolProcedure;
import de.netzwerke.governance.protocol.ProtocolVariables;
import de.netzwerke.governance.register.RuleViolation;

/**
 * T-5: the public objection page of the personal link in the protocol e-mail ({@code /einspruch/<token>}), in
 * German and without login. The signed token names partner, protocol version and expiry (the end of the
 * period); the objection goes as {@code Msg_ProtocolObjection} through the same checks as every other objection
 * (once per partner and version, within the period, with a reason). No session, no cookie: the form is safe
 * against cross-site requests because only the holder of the link knows the token it posts to, and a post from
 * another site (Origin or Sec-Fetch-Site) is refused. The page sends no referrer and is not cached or framed.
 */
@Controller
public class ObjectionPageController {

    public static final String PATH = "/einspruch";

    private final ProtocolObjections service;
    private final RuntimeService runtime;

    public ObjectionPageController(ProtocolObjections service, RuntimeService runtime) {
        this.service = service;
        this.runtime = runtime;
    }

    @GetMapping(PATH + "/{token}")
    public String show(@PathVariable String token, Model model, HttpServletResponse response) {
        harden(response);
        Optional<ProtocolObjections.LinkSubject> link = service.verify(token);
        if (link.isEmpty()) {
            return gone(model, response);
        }
        Optional<ProtocolProcedure> procedure = service.procedureOfVersion(link.get().protocolId());
        if (procedure.isEmpty()) {
            return gone(model, response);
        }
        fill(model, procedure.get(), link.get());
        try {
            service.check(procedure.get(), link.get().protocolId(), link.get().partnerId(), "-");
            model.addAttribute("open", true);
        } catch (RuleViolation refused) {
            model.addAttribute("refusal", refused.getMessage());
        }
        return "protocol-objection";
    }

    @PostMapping(PATH + "/{token}")
    public String object(@PathVariable String token, @RequestParam(name = "reason", required = false) String reason,
                         Model model, HttpServletRequest request, HttpServletResponse response) {
        harden(response);
        if (CrossSitePosts.isCrossSite(request)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refusal", "Dieses Formular nimmt nur Einsprüche von seiner eigenen Seite an.");
            return "protocol-objection";
        }
        Optional<ProtocolObjections.LinkSubject> link = service.verify(token);
        Optional<ProtocolProcedure> procedure = link.flatMap(l -> service.procedureOfVersion(l.protocolId()));
        if (procedure.isEmpty()) {
            return gone(model, response);
        }
        ProtocolProcedure p = procedure.get();
        fill(model, p, link.get());
        try {
            String text = ProtocolVariables.REASON.parse(reason == null ? "" : reason);
            service.check(p, link.get().protocolId(), link.get().partnerId(), text);
            runtime.createMessageCorrelation(ProtocolVariables.MESSAGE_OBJECTION).processInstanceId(p.getProcessInstanceId())
                    .setVariable(ProtocolVariables.PARTNER_ID.name(), link.get().partnerId())
                    .setVariable(ProtocolVariables.REASON.name(), text)
                    .setVariable(ProtocolVariables.CHANNEL.name(), Objection.Channel.LINK.name())
                    .setVariable(ProtocolVariables.LINK_PROTOCOL_ID.name(), link.get().protocolId())
                    .correlate();
            model.addAttribute("received", true);
        } catch (RuleViolation refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("open", service.procedureOfVersion(link.get().protocolId()).isPresent()
                    && reason != null && reason.isBlank());
            model.addAttribute("refusal", refused.getMessage());
        } catch (MismatchingMessageCorrelationException notNow) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", "Zu diesem Protokoll wird gerade kein Einspruch angenommen. Bitte wenden Sie sich an "
                    + "die einberufende Stelle.");
        }
        return "protocol-objection";
    }

    private void fill(Model model, ProtocolProcedure p, ProtocolObjections.LinkSubject link) {
        MeetingRecords.MeetingSummary m = service.meeting(p);
        model.addAttribute("meeting", m.subject() + ", „" + m.title() + "“ – " + m.bodyName());
        model.addAttribute("partnerName", service.partnerName(link.partnerId()));
        model.addAttribute("version", p.getProtocolId().equals(link.protocolId()) ? p.getVersion() : null);
        if (p.getSentAt() != null) {
            model.addAttribute("lastDay", ProtocolObjectionsDates.day(service.period(p.getNetworkId()).lastDay(p.getSentAt())));
        }
    }

    private static String gone(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("refusal", "Dieser Link ist nicht (mehr) gültig: Die Einspruchsfrist ist abgelaufen, oder der Link "
                + "ist unvollständig. Bitte öffnen Sie ihn direkt aus der E-Mail, oder wenden Sie sich an die einberufende Stelle.");
        return "protocol-objection";
    }

    private static void harden(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    static final class ProtocolObjectionsDates {
        static String day(java.time.LocalDate d) {
            return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(d);
        }

        private ProtocolObjectionsDates() {
        }
    }
}
