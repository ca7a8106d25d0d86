package de.netzwerke.governance.membership.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import de.netzwerke.governance.membership.MembershipService;
import de.netzwerke.governance.membership.MembershipService.ImportRefused;
import de.netzwerke.governance.membership.PartnerCsv;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.RegisterQueries;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.web.Viewer;
import de.netzwerke.governance.security.GovernanceGroups;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * M-1: the coordination imports the network's existing distribution list as CSV, all rows or none:
 * {@code POST /api/networks/{id}/partners/import} ({@code text/csv}) and a small upload page
 * {@code /uebersicht/{id}/import}. Only the network's coordination and administrators; both paths lie behind the
 * login of {@code /api} and the Übersicht. The file is read as UTF-8, or as Windows-1252 when it is not UTF-8
 * (Excel's „CSV“ on German Windows).
 */
@Controller
public class PartnerImportController {

    /** Larger files are refused before they are read. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final MembershipService membership;
    private final RegisterQueries register;
    private final Bodies bodies;
    private final FormGuard guard;

    public PartnerImportController(MembershipService membership, RegisterQueries register, Bodies bodies, FormGuard guard) {
        this.membership = membership;
        this.register = register;
        this.bodies = bodies;
        this.guard = guard;
    }

    @PostMapping(path = "/api/networks/{networkId}/partners/import", consumes = "text/csv",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResponseEntity<Map<String, Object>> importCsv(@PathVariable String networkId, @RequestBody byte[] body,
                                                         @RequestHeader(value = "Content-Type", required = false) String type,
                                                         HttpServletRequest request) {
        if (!mayImport(networkId, request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", forbidden(networkId)));
        }
        List<Partner> created = membership.importPartners(networkId, decode(body, charsetOf(type)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("imported", created.size());
        result.put("partnerIds", created.stream().map(Partner::getId).toList());
        return ResponseEntity.ok(result);
    }

    @GetMapping("/uebersicht/{networkId}/import")
    public String page(@PathVariable String networkId, Model model, HttpServletRequest request, HttpServletResponse response) {
        return show(networkId, model, request, response);
    }

    @PostMapping("/uebersicht/{networkId}/import")
    public String upload(@PathVariable String networkId, @RequestParam(value = "file", required = false) MultipartFile file,
                         @RequestParam(value = FormGuard.PARAMETER, required = false) String token, Model model,
                         HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        if (!guard.isGenuine(request, token)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", "Das Formular ist abgelaufen oder kam nicht von dieser Seite. Bitte laden Sie die "
                    + "Seite neu.");
        } else if (mayImport(networkId, request)) {
            if (file == null || file.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("error", "Bitte wählen Sie eine CSV-Datei aus.");
            } else if (file.getSize() > MAX_BYTES) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("error", "Die Datei ist größer als 2 MB.");
            } else {
                try {
                    int n = membership.importPartners(networkId, decode(file.getBytes(), null)).size();
                    model.addAttribute("notice", n + " Netzwerkpartner:innen importiert; sie stehen jetzt in der Übersicht "
                            + "und im Verteiler.");
                } catch (ImportRefused e) {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    model.addAttribute("error", "Nichts importiert – bitte die folgenden Zeilen korrigieren und die "
                            + "ganze Datei erneut hochladen:");
                    model.addAttribute("problems", e.problems().stream().map(PartnerCsv.Problem::text).toList());
                } catch (RuleViolation e) {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    model.addAttribute("error", e.getMessage());
                }
            }
        }
        return show(networkId, model, request, response);
    }

    private String show(String networkId, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("network", register.network(networkId));
        boolean may = mayImport(networkId, request);
        if (!may && !model.containsAttribute("error")) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", forbidden(networkId));
        }
        model.addAttribute("mayImport", may);
        model.addAttribute("token", guard.token(request, response));
        return "membership-import";
    }

    private boolean mayImport(String networkId, HttpServletRequest request) {
        register.network(networkId);
        var groups = Viewer.groups(request);
        return groups.contains(GovernanceGroups.CAMUNDA_ADMIN) || groups.contains(bodies.coordinationGroup(networkId));
    }

    private String forbidden(String networkId) {
        return "Eine Liste importiert nur die Koordination dieses Netzwerks ("
                + bodies.profile(networkId).getCoordination().getName() + ").";
    }

    private static Charset charsetOf(String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String decode(byte[] bytes, Charset declared) {
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolation("Die Datei ist größer als 2 MB.");
        }
        if (declared != null) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    @ExceptionHandler(ImportRefused.class)
    @ResponseBody
    ResponseEntity<Map<String, Object>> refused(ImportRefused e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Nichts importiert: " + e.problems().size() + " fehlerhafte Zeile(n).");
        body.put("problems", e.problems().stream().map(p -> Map.of("line", p.line(), "message", p.text())).toList());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(RuleViolation.class)
    @ResponseBody
    ResponseEntity<Map<String, String>> refused(RuleViolation e) {
        return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseBody
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
