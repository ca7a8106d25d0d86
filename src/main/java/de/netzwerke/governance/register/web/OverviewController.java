package de.netzwerke.governance.register.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyStatus;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.RegisterQueries;
import de.netzwerke.governance.register.RegisterViews.BodyView;
import de.netzwerke.governance.register.RegisterViews.DistributionEntry;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.register.overview.BodyAction;
import de.netzwerke.governance.register.overview.OpenProcedure;
import de.netzwerke.governance.register.overview.OverviewSection;
import de.netzwerke.governance.register.overview.OverviewViewer;

/**
 * The Übersicht of the Geschäftsordnung (§2): per network its working tables, members, office holders
 * with term ends and the distribution list, for staff in the browser; the list also as CSV. The open procedures
 * and what can be set going from a body come from the capabilities ({@link OverviewSection}, {@link BodyAction}
 * beans); this controller only renders them and guards the forms (CSRF, offered choices only).
 */
@Controller
public class OverviewController {

    /** A section as the template shows it. */
    public record SectionView(String title, String emptyText, List<OpenProcedure> rows) {
    }

    /** A body's action form as the template shows it. */
    public record ActionView(String id, String label, String choiceLabel, List<BodyAction.Choice> choices) {
    }

    private final RegisterQueries queries;
    private final Today today;
    private final List<OverviewSection> sections;
    private final List<BodyAction> actions;

    public OverviewController(RegisterQueries queries, Today today, List<OverviewSection> sections, List<BodyAction> actions) {
        this.queries = queries;
        this.today = today;
        this.sections = sections.stream().sorted(Comparator.comparingInt(OverviewSection::order)).toList();
        this.actions = List.copyOf(actions);
    }

    @GetMapping("/uebersicht")
    public String index(Model model) {
        model.addAttribute("networks", queries.networks());
        return "overview-index";
    }

    @GetMapping("/uebersicht/{networkId}")
    public String network(@PathVariable String networkId, Model model, HttpServletRequest request) {
        // members only as counts: each body's own page lists them (a network's thousands of members are not one page)
        List<BodyView> bodies = queries.bodySummaries(networkId);
        model.addAttribute("network", queries.network(networkId));
        model.addAttribute("workingTables", bodies.stream().filter(b -> b.kind() == BodyKind.WORKING_TABLE).toList());
        model.addAttribute("otherBodies", bodies.stream().filter(b -> b.kind() != BodyKind.WORKING_TABLE).toList());
        OverviewViewer viewer = viewer(networkId, request);
        model.addAttribute("seesContactData", viewer.seesContactData());
        // how long the list is; the coordination opens the list itself on its own page
        model.addAttribute("distributionCount", queries.distributionListSize(networkId));
        model.addAttribute("today", today.date());

        List<SectionView> shown = new ArrayList<>();
        // per body: heading („Offene Vorgänge“, „Sitzungen“ …) → rows, in the sections' order
        Map<Long, Map<String, List<OpenProcedure>>> openByBody = new LinkedHashMap<>();
        for (OverviewSection section : sections) {
            List<OpenProcedure> rows = section.rows(networkId, viewer);
            if (!rows.isEmpty() || section.emptyText() != null) {
                shown.add(new SectionView(section.title(), section.emptyText(), rows));
            }
            if (section.listedOnBodies()) {
                rows.stream().filter(r -> r.bodyId() != null)
                        .forEach(r -> openByBody.computeIfAbsent(r.bodyId(), id -> new LinkedHashMap<>())
                                .computeIfAbsent(section.bodyHeading(), h -> new ArrayList<>()).add(r));
            }
        }
        model.addAttribute("sections", shown);
        model.addAttribute("disturbedText", OpenProcedure.DISTURBED);
        model.addAttribute("openByBody", openByBody);
        // each action's choices for all active bodies at once (a constant number of queries, not one per body)
        List<BodyView> active = bodies.stream().filter(b -> b.status() == BodyStatus.ACTIVE).toList();
        List<Map<Long, List<BodyAction.Choice>>> choices = actions.stream().map(a -> a.choices(active, viewer)).toList();
        Map<Long, List<ActionView>> actionsByBody = new LinkedHashMap<>();
        for (BodyView body : active) {
            List<ActionView> offered = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                BodyAction a = actions.get(i);
                List<BodyAction.Choice> offeredChoices = choices.get(i).getOrDefault(body.id(), List.of());
                if (!offeredChoices.isEmpty()) {
                    offered.add(new ActionView(a.id(), a.label(), a.choiceLabel(), offeredChoices));
                }
            }
            if (!offered.isEmpty()) {
                actionsByBody.put(body.id(), offered);
            }
        }
        model.addAttribute("actionsByBody", actionsByBody);
        model.addAttribute("csrfParameter", OverviewCsrf.PARAMETER);
        model.addAttribute("csrfToken", OverviewCsrf.token(request));
        return "overview";
    }

    /** A body's own page: what the Übersicht shows of it, and all its current members. */
    @GetMapping("/uebersicht/{networkId}/gremien/{bodyId}")
    public String body(@PathVariable String networkId, @PathVariable Long bodyId, Model model) {
        BodyView body = queries.body(bodyId);
        if (!body.networkId().equals(networkId)) {
            throw new NotFoundException("Ein Gremium mit der Nummer " + bodyId + " gibt es in diesem Netzwerk nicht.");
        }
        model.addAttribute("network", queries.network(networkId));
        model.addAttribute("b", body);
        model.addAttribute("today", today.date());
        return "overview-body";
    }

    /**
     * The distribution list (M-2) as a page: names, organisations and addresses for the network's coordination;
     * everyone else learns only how many entries it has (403).
     */
    @GetMapping("/uebersicht/{networkId}/verteiler")
    public String distributionList(@PathVariable String networkId, Model model, HttpServletRequest request,
                                   HttpServletResponse response) {
        model.addAttribute("network", queries.network(networkId));
        model.addAttribute("today", today.date());
        boolean seesContactData = queries.seesContactData(networkId, Viewer.groups(request));
        model.addAttribute("seesContactData", seesContactData);
        if (seesContactData) {
            List<DistributionEntry> entries = queries.distributionList(networkId);
            model.addAttribute("distributionList", entries);
            model.addAttribute("distributionCount", entries.size());
        } else {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("distributionList", List.of());
            model.addAttribute("distributionCount", queries.distributionListSize(networkId));
        }
        return "overview-distribution";
    }

    /**
     * A body's action form: only with the session's CSRF token, only for a body of this network and only with a
     * choice the action offers this viewer. Accepted: back to the Übersicht with the confirmation (303, so a
     * reload sends nothing twice). Refused: the Übersicht with the German refusal (403 or 400).
     */
    @PostMapping("/uebersicht/{networkId}/gremien/{bodyId}/{actionId}")
    public ModelAndView act(@PathVariable String networkId, @PathVariable Long bodyId, @PathVariable String actionId,
                      @RequestParam(name = "choice", required = false) String choice,
                      @RequestParam(name = OverviewCsrf.PARAMETER, required = false) String csrf,
                      Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!OverviewCsrf.matches(request, csrf)) {
            return refused(HttpStatus.FORBIDDEN, "Das Formular wurde nicht angenommen: es kam nicht aus dieser Übersicht "
                    + "oder die Sitzung ist inzwischen abgelaufen. Bitte die Übersicht neu laden und noch einmal versuchen.",
                    networkId, model, request, response);
        }
        BodyView body = queries.body(bodyId);
        if (!body.networkId().equals(networkId)) {
            throw new NotFoundException("Unbekanntes Gremium: " + bodyId);
        }
        BodyAction action = actions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Unbekannte Aktion: " + actionId));
        OverviewViewer viewer = viewer(networkId, request);
        Optional<BodyAction.Choice> offered = body.status() != BodyStatus.ACTIVE ? Optional.empty()
                : action.choices(body, viewer).stream().filter(c -> c.value().equals(choice)).findFirst();
        if (offered.isEmpty()) {
            return refused(HttpStatus.FORBIDDEN, action.refusal(body, choice, viewer), networkId, model, request, response);
        }
        String confirmation;
        try {
            confirmation = action.perform(body, offered.get().value(), viewer);
        } catch (RuleViolation e) {
            return refused(HttpStatus.BAD_REQUEST, e.getMessage(), networkId, model, request, response);
        }
        // shown in the body's box, where the page opens (#gremium-…)
        redirect.addFlashAttribute("notice", confirmation);
        redirect.addFlashAttribute("noticeBodyId", bodyId);
        RedirectView back = new RedirectView("/uebersicht/" + networkId + "#gremium-" + bodyId, true);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(back);
    }

    private ModelAndView refused(HttpStatus status, String message, String networkId, Model model,
                                 HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("refusal", message);
        ModelAndView page = new ModelAndView(network(networkId, model, request), model.asMap());
        page.setStatus(status);
        return page;
    }

    private OverviewViewer viewer(String networkId, HttpServletRequest request) {
        List<String> groups = Viewer.groups(request);
        return new OverviewViewer(Viewer.userId(request), new HashSet<>(groups), queries.seesContactData(networkId, groups));
    }

    @GetMapping("/uebersicht/{networkId}/verteiler.csv")
    public ResponseEntity<byte[]> distributionListCsv(@PathVariable String networkId, HttpServletRequest request) {
        if (!queries.seesContactData(networkId, Viewer.groups(request))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body("Den Verteiler mit Namen und E-Mail-Adressen sieht nur die Koordination des Netzwerks."
                            .getBytes(StandardCharsets.UTF_8));
        }
        List<DistributionEntry> entries = queries.distributionList(networkId);
        String csv = Stream.concat(Stream.of("Name;Organisation;E-Mail"),
                        entries.stream().map(e -> csvLine(e.name(), e.organisation(), e.email())))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"verteiler-" + networkId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<String> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    /** Semicolon-separated (what German spreadsheet programs expect), fields quoted when needed. */
    static String csvLine(String... fields) {
        return Stream.of(fields).map(OverviewController::csvField).collect(Collectors.joining(";"));
    }

    /** The start of any line of a cell that begins with =, +, -, @, a tab or a carriage return. */
    private static final Pattern FORMULA_LINE_START = Pattern.compile("(?m)^(?=[=+\\-@\\t\\r])");

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        // a spreadsheet program would execute a formula at the start of the cell or of any of its lines
        String safe = FORMULA_LINE_START.matcher(value).replaceAll("'");
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
