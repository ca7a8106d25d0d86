package de.netzwerke.governance.membership.web;

import static de.netzwerke.governance.membership.MembershipVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.netzwerke.governance.membership.MembershipLinks;
import de.netzwerke.governance.membership.MembershipService;
import de.netzwerke.governance.membership.PartnerApplication;
import de.netzwerke.governance.process.Var;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.RegisterQueries;
import de.netzwerke.governance.register.RegisterViews.NetworkView;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.SystemAuthority;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public pages without login (M-1, W-1): apply to take part ({@code /mitmachen/{networkId}}, starts
 * PartnerAdmission as the system), confirm the e-mail address through the link of the confirmation mail
 * ({@code /mitmachen/bestaetigen/{token}}, correlates {@code Msg_EmailConfirmed}) and leave through the personal
 * link of any network e-mail ({@code /austreten/{token}}). A link only shows a page; the step itself is a button
 * (POST), so that a mail scanner that opens links confirms or ends nothing. Every form is guarded by
 * {@link FormGuard}; Thymeleaf escapes every text shown.
 */
@Controller
public class PublicMembershipController {

    private static final Logger LOG = LoggerFactory.getLogger(PublicMembershipController.class);
    static final String PAGE = "membership-public";
    static final String APPLY = "membership-apply";

    private final MembershipService membership;
    private final MembershipLinks links;
    private final RegisterQueries register;
    private final RuntimeService runtime;
    private final SystemAuthority system;
    private final FormGuard guard;
    private final Today today;

    public PublicMembershipController(MembershipService membership, MembershipLinks links, RegisterQueries register,
                                      RuntimeService runtime, SystemAuthority system, FormGuard guard, Today today) {
        this.membership = membership;
        this.links = links;
        this.register = register;
        this.runtime = runtime;
        this.system = system;
        this.guard = guard;
        this.today = today;
    }

    // --- apply (M-1)

    @GetMapping("/mitmachen/{networkId}")
    public String applyForm(@PathVariable String networkId, Model model, HttpServletRequest request,
                            HttpServletResponse response) {
        Optional<NetworkView> network = network(networkId);
        if (network.isEmpty()) {
            return unknownNetwork(model, response);
        }
        model.addAttribute("form", new LinkedHashMap<String, String>());
        return showApplyForm(network.get(), model, request, response);
    }

    @PostMapping("/mitmachen/{networkId}")
    public String apply(@PathVariable String networkId, @RequestParam Map<String, String> form, Model model,
                        HttpServletRequest request, HttpServletResponse response) {
        Optional<NetworkView> network = network(networkId);
        if (network.isEmpty()) {
            return unknownNetwork(model, response);
        }
        String refusal = refusal(request, response, form.get(FormGuard.PARAMETER));
        if (refusal != null) {
            return page(model, "Nicht gesendet", refusal, null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : new String[] {"name", "email", "organisation", "motivation"}) {
            String v = form.get(field);
            values.put(field, v == null ? "" : v.strip());
        }
        model.addAttribute("form", values);
        if (form.get("website") != null && !form.get("website").isBlank()) {
            // the honeypot: a field people do not see; a robot that fills it is told the same as a person
            LOG.info("Antrag auf der öffentlichen Seite verworfen (Honeypot ausgefüllt)");
            return sent(network.get(), model);
        }
        try {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put(NETWORK_ID.name(), networkId);
            variables.put(APPLICANT_NAME.name(), limited(APPLICANT_NAME, values.get("name")));
            variables.put(APPLICANT_EMAIL.name(), limited(APPLICANT_EMAIL, values.get("email")));
            variables.put(APPLICANT_ORGANISATION.name(), limited(APPLICANT_ORGANISATION, values.get("organisation")));
            variables.put(MOTIVATION.name(), limited(MOTIVATION, values.get("motivation")));
            variables.put(CONSENT.name(), form.get("consent") != null);
            system.run(() -> runtime.startProcessInstanceByKey(ADMISSION_KEY, variables));
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return showApplyForm(network.get(), model, request, response);
        }
        return sent(network.get(), model);
    }

    private String showApplyForm(NetworkView network, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("network", network);
        model.addAttribute("coordination", network.ruleProfile().getCoordination().getName());
        model.addAttribute("token", guard.token(request, response));
        return APPLY;
    }

    private String sent(NetworkView network, Model model) {
        return page(model, "Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse",
                "Vielen Dank für Ihren Antrag beim " + network.name() + ". Wir haben Ihnen eine E-Mail mit einem Link "
                        + "geschickt. Erst wenn Sie Ihre Adresse damit bestätigt haben, entscheidet die "
                        + network.ruleProfile().getCoordination().getName() + " über Ihre Aufnahme. Ohne Bestätigung "
                        + "löschen wir Ihren Antrag nach 7 Tagen.", null);
    }

    /** The variable's own check: length, no control characters; blank is absent (the German refusal of Var). */
    private static String limited(Var<String> var, String value) {
        return value == null || value.isEmpty() ? null : var.parse(value);
    }

    // --- confirm the address (M-1, double opt-in)

    @GetMapping("/mitmachen/bestaetigen/{token}")
    public String confirmPage(@PathVariable String token, Model model, HttpServletRequest request,
                              HttpServletResponse response) {
        Optional<PartnerApplication> application = applicationOf(token);
        if (application.isEmpty()) {
            return invalidLink(model, response);
        }
        String closed = closedApplication(application.get());
        if (closed != null) {
            return page(model, "Bestätigung der E-Mail-Adresse", closed, null);
        }
        return page(model, "Bestätigung der E-Mail-Adresse", "Bitte bestätigen Sie mit einem Klick, dass Sie den Antrag "
                + "auf Teilnahme am " + networkName(application.get().getNetworkId()) + " gestellt haben.",
                new Action("E-Mail-Adresse bestätigen", guard.token(request, response)));
    }

    @PostMapping("/mitmachen/bestaetigen/{token}")
    public String confirm(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
                          HttpServletRequest request, HttpServletResponse response) {
        String refusal = refusal(request, response, form.get(FormGuard.PARAMETER));
        if (refusal != null) {
            return page(model, "Nicht bestätigt", refusal, null);
        }
        Optional<PartnerApplication> application = applicationOf(token);
        if (application.isEmpty()) {
            return invalidLink(model, response);
        }
        PartnerApplication a = application.get();
        String closed = closedApplication(a);
        if (closed != null) {
            return page(model, "Bestätigung der E-Mail-Adresse", closed, null);
        }
        try {
            system.run(() -> runtime.createMessageCorrelation(MESSAGE_EMAIL_CONFIRMED)
                    .processInstanceId(a.getProcessInstanceId()).correlate());
        } catch (MismatchingMessageCorrelationException | RuleViolation e) {
            LOG.info("Bestätigung zu Antrag {} nicht zugestellt: {}", a.getId(), e.getMessage());
            response.setStatus(HttpStatus.GONE.value());
            return page(model, "Bestätigung der E-Mail-Adresse", "Dieser Antrag wartet nicht mehr auf eine Bestätigung.", null);
        }
        return page(model, "Vielen Dank: Ihre E-Mail-Adresse ist bestätigt",
                "Die " + register.network(a.getNetworkId()).ruleProfile().getCoordination().getName()
                        + " entscheidet nun über Ihre Aufnahme und schreibt Ihnen.", null);
    }

    private Optional<PartnerApplication> applicationOf(String token) {
        return links.applicationOf(token, today.now()).flatMap(membership::application);
    }

    private static String closedApplication(PartnerApplication a) {
        return switch (a.getStatus()) {
            case UNCONFIRMED -> null;
            case CONFIRMED -> "Ihre E-Mail-Adresse ist bereits bestätigt. Die Koordination entscheidet über Ihre Aufnahme.";
            case ADMITTED -> "Ihre E-Mail-Adresse ist bereits bestätigt, und Sie sind aufgenommen.";
            case DECLINED, EXPIRED -> "Dieser Antrag besteht nicht mehr. Sie können einen neuen Antrag stellen.";
        };
    }

    // --- leave (W-1)

    @GetMapping("/austreten/{token}")
    public String leavePage(@PathVariable String token, Model model, HttpServletRequest request,
                            HttpServletResponse response) {
        Optional<Partner> partner = partnerOf(token);
        if (partner.isEmpty()) {
            return invalidLink(model, response);
        }
        if (!partner.get().isActive()) {
            return page(model, "Austreten", "Sie sind bereits ausgetreten; wir haben Ihre Kontaktdaten gelöscht.", null);
        }
        return page(model, "Austreten aus dem " + networkName(partner.get().getNetworkId()),
                "Wenn Sie austreten, nehmen wir Sie aus der Übersicht und dem Verteiler: Sie erhalten keine Einladungen "
                        + "und Protokolle mehr, Ihre Mitgliedschaften und Ämter enden, und wir löschen Ihren Namen und "
                        + "Ihre E-Mail-Adresse. Sie können jederzeit einen neuen Antrag stellen.",
                new Action("Jetzt austreten", guard.token(request, response)));
    }

    @PostMapping("/austreten/{token}")
    public String leave(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
                        HttpServletRequest request, HttpServletResponse response) {
        String refusal = refusal(request, response, form.get(FormGuard.PARAMETER));
        if (refusal != null) {
            return page(model, "Nicht ausgetreten", refusal, null);
        }
        Optional<Partner> partner = partnerOf(token);
        if (partner.isEmpty()) {
            return invalidLink(model, response);
        }
        String network = networkName(partner.get().getNetworkId());
        if (!membership.leave(partner.get().getId())) {
            return page(model, "Austreten", "Sie sind bereits ausgetreten; wir haben Ihre Kontaktdaten gelöscht.", null);
        }
        return page(model, "Sie sind ausgetreten", "Sie gehören dem " + network + " nicht mehr an. Wir haben Ihren "
                + "Namen und Ihre E-Mail-Adresse gelöscht; Sie erhalten keine E-Mails des Netzwerks mehr.", null);
    }

    private Optional<Partner> partnerOf(String token) {
        return links.partnerOf(token, today.now()).flatMap(membership::partner);
    }

    // --- the pages

    /** The one button of a page: a form posted to the same address. */
    public record Action(String label, String token) {
    }

    private String refusal(HttpServletRequest request, HttpServletResponse response, String token) {
        if (!guard.allow(request)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "Von Ihrem Anschluss kamen in der letzten Stunde zu viele Anfragen. Bitte versuchen Sie es später erneut.";
        }
        if (!guard.isGenuine(request, token)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "Das Formular ist abgelaufen oder kam nicht von unserer Seite. Bitte laden Sie die Seite neu und "
                    + "senden Sie es noch einmal.";
        }
        return null;
    }

    private String invalidLink(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return page(model, "Link ungültig", "Dieser Link ist ungültig oder abgelaufen. Bitte prüfen Sie, ob Sie ihn "
                + "vollständig aus der E-Mail übernommen haben, oder wenden Sie sich an die Koordination des Netzwerks.", null);
    }

    private String unknownNetwork(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return page(model, "Netzwerk nicht gefunden", "Dieses Netzwerk kennen wir nicht. Bitte prüfen Sie die Adresse.", null);
    }

    private static String page(Model model, String title, String text, Action action) {
        model.addAttribute("title", title);
        model.addAttribute("text", text);
        model.addAttribute("action", action);
        return PAGE;
    }

    private Optional<NetworkView> network(String networkId) {
        if (networkId == null || networkId.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(register.network(networkId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private String networkName(String networkId) {
        return register.network(networkId).name();
    }
}
