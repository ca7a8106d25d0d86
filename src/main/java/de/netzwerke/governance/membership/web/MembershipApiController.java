package de.netzwerke.governance.membership.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.netzwerke.governance.membership.MembershipService;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.NotFoundException;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.RegisterQueries;
import de.netzwerke.governance.register.RuleViolation;
import de.netzwerke.governance.register.web.Viewer;
import de.netzwerke.governance.security.GovernanceGroups;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The coordination's part of joining and leaving under {@code /api} (basic authentication or the Tasklist login):
 * a partner told the coordination that they leave (W-1). Only the network's coordination and administrators.
 */
@RestController
@RequestMapping(path = "/api/networks/{networkId}/partners", produces = MediaType.APPLICATION_JSON_VALUE)
public class MembershipApiController {

    /** Thrown when the caller may not act for the network's coordination. */
    static class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    private final MembershipService membership;
    private final RegisterQueries register;
    private final Bodies bodies;

    public MembershipApiController(MembershipService membership, RegisterQueries register, Bodies bodies) {
        this.membership = membership;
        this.register = register;
        this.bodies = bodies;
    }

    /** W-1: the partner leaves (offices and memberships end, name and address are deleted). */
    @PostMapping("/{partnerId}/leave")
    public Map<String, Object> leave(@PathVariable String networkId, @PathVariable Long partnerId,
                                     HttpServletRequest request) {
        requireCoordination(networkId, request);
        Partner partner = membership.partner(partnerId).filter(p -> p.getNetworkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException("Netzwerkpartner:in " + partnerId + " gibt es in diesem Netzwerk nicht."));
        if (!membership.leave(partner.getId())) {
            throw new RuleViolation("Netzwerkpartner:in " + partnerId + " ist bereits ausgetreten.");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("partnerId", partnerId);
        result.put("left", true);
        return result;
    }

    /** The network's coordination (its Camunda group) or an administrator. */
    void requireCoordination(String networkId, HttpServletRequest request) {
        register.network(networkId);
        var groups = Viewer.groups(request);
        if (!groups.contains(GovernanceGroups.CAMUNDA_ADMIN) && !groups.contains(bodies.coordinationGroup(networkId))) {
            throw new Forbidden("Das darf nur die Koordination dieses Netzwerks ("
                    + bodies.profile(networkId).getCoordination().getName() + ").");
        }
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Map<String, String>> refused(RuleViolation e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Map<String, String>> forbidden(Forbidden e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }
}
