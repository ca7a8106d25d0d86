package de.netzwerke.governance.register.web;

import java.util.List;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.netzwerke.governance.register.RegisterQueries;
import de.netzwerke.governance.register.RegisterViews.BodyView;
import de.netzwerke.governance.register.RegisterViews.DistributionEntry;
import de.netzwerke.governance.register.RegisterViews.FieldOfActionView;
import de.netzwerke.governance.register.RegisterViews.NetworkView;

/** The register's read API (JSON). Authenticated like the REST API (see {@code security}). */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
public class RegisterApiController {

    private final RegisterQueries queries;

    public RegisterApiController(RegisterQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/networks")
    public List<NetworkView> networks() {
        return queries.networks();
    }

    @GetMapping("/networks/{networkId}")
    public NetworkView network(@PathVariable String networkId) {
        return queries.network(networkId);
    }

    @GetMapping("/networks/{networkId}/bodies")
    public List<BodyView> bodies(@PathVariable String networkId) {
        return queries.bodies(networkId);
    }

    @GetMapping("/networks/{networkId}/fields-of-action")
    public List<FieldOfActionView> fieldsOfAction(@PathVariable String networkId) {
        return queries.fieldsOfAction(networkId);
    }

    /** Names and addresses for the network's coordination and the administrators only; others learn the count. */
    @GetMapping("/networks/{networkId}/distribution-list")
    public ResponseEntity<?> distributionList(@PathVariable String networkId, HttpServletRequest request) {
        if (!queries.seesContactData(networkId, Viewer.groups(request))) {
            int count = queries.distributionListSize(networkId);
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                    "Namen und E-Mail-Adressen des Verteilers sieht nur die Koordination des Netzwerks.", "count", count));
        }
        return ResponseEntity.ok(queries.distributionList(networkId));
    }

    @GetMapping("/bodies/{bodyId}")
    public BodyView body(@PathVariable Long bodyId) {
        return queries.body(bodyId);
    }
}
