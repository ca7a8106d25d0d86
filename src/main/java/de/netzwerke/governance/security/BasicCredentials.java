package de.netzwerke.governance.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;

/** HTTP basic credentials checked against Camunda's users (with its login delay for wrong passwords). */
final class BasicCredentials {

    private BasicCredentials() {
    }

    /** @param encoded the Base64 part of an "Authorization: Basic …" header; @return the user id, or null */
    static String checkedUser(IdentityService identity, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        return identity.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
    }
}
