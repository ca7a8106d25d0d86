package de.netzwerke.governance.register;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Typed configuration: one {@link RuleProfile} per network id (RULES.md, "Readings"). */
@ConfigurationProperties("governance")
public class GovernanceProperties {

    private final Map<String, RuleProfile> networks = new LinkedHashMap<>();

    public Map<String, RuleProfile> getNetworks() { return networks; }

    /** The profile of a network; a network without its own settings gets the defaults of RULES.md. */
    public RuleProfile profile(String networkId) {
        return networks.getOrDefault(networkId, new RuleProfile());
    }
}
