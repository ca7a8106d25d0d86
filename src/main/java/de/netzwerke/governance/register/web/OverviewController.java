package de.netzwerke.governance.register.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

import jakarta.servlet.http.HttpServletRequest;

import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.RegisterQueries;
import de.netzwerke.governance.register.RegisterViews.BodyView;
import de.netzwerke.governance.register.RegisterViews.DistributionEntry;
import de.netzwerke.governance.register.Today;

/**
 * The Übersicht of the Geschäftsordnung (§2): per network its working tables, members, office holders
 * with term ends and the distribution list, for staff in the browser; the list also as CSV.
 */
@Controller
public class OverviewController {

    private final RegisterQueries queries;
    private final Today today;

    public OverviewController(RegisterQueries queries, Today today) {
        this.queries = queries;
        this.today = today;
    }

    @GetMapping("/uebersicht")
    public String index(Model model) {
        model.addAttribute("networks", queries.networks());
        return "overview-index";
    }

    @GetMapping("/uebersicht/{networkId}")
    public String network(@PathVariable String networkId, Model model, HttpServletRequest request) {
        List<BodyView> bodies = queries.bodies(networkId);
        model.addAttribute("network", queries.network(networkId));
        model.addAttribute("workingTables", bodies.stream().filter(b -> b.kind() == BodyKind.WORKING_TABLE).toList());
        model.addAttribute("otherBodies", bodies.stream().filter(b -> b.kind() != BodyKind.WORKING_TABLE).toList());
        boolean contactData = queries.seesContactData(networkId, Viewer.groups(request));
        model.addAttribute("seesContactData", contactData);
        model.addAttribute("distributionList", contactData ? queries.distributionList(networkId) : List.of());
        model.addAttribute("distributionCount", queries.distributionListSize(networkId));
        model.addAttribute("today", today.date());
        return "overview";
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
