package de.netzwerke.governance.register.web;

import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import de.netzwerke.governance.register.GovernanceProperties;
import de.netzwerke.governance.register.RegisterViews.SteeringGroupView;
import de.netzwerke.governance.register.SteeringGroups;

/**
 * W-5…W-9 in the read API ({@code GET /api/networks/{id}/steering-group}) and in the Übersicht (model attribute
 * {@code steeringGroup}, shown by {@code templates/overview-steering.html}): the members with their fields of
 * action and W-7 facts, which of the nine fields are covered, the last confirmation and the due date.
 */
public final class SteeringGroupViews {

    private SteeringGroupViews() {
    }

    @RestController
    public static class Api {
        private final SteeringGroups groups;
        private final GovernanceProperties properties;

        public Api(SteeringGroups groups, GovernanceProperties properties) {
            this.groups = groups;
            this.properties = properties;
        }

        @GetMapping(path = "/api/networks/{networkId}/steering-group", produces = "application/json")
        public ResponseEntity<SteeringGroupView> steeringGroup(@PathVariable String networkId) {
            return ResponseEntity.of(groups.view(networkId, properties.profile(networkId).getSteeringGroup().getMaxMembers()));
        }
    }

    @ControllerAdvice(assignableTypes = OverviewController.class)
    public static class Overview {
        private final SteeringGroups groups;
        private final GovernanceProperties properties;

        public Overview(SteeringGroups groups, GovernanceProperties properties) {
            this.groups = groups;
            this.properties = properties;
        }

        @ModelAttribute("steeringGroup")
        public SteeringGroupView steeringGroup(@PathVariable(required = false) String networkId) {
            Optional<SteeringGroupView> view = networkId == null ? Optional.empty()
                    : groups.view(networkId, properties.profile(networkId).getSteeringGroup().getMaxMembers());
            return view.orElse(null);
        }
    }
}
