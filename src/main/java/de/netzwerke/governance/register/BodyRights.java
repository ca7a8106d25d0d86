package de.netzwerke.governance.register;

import java.util.Collection;

import de.netzwerke.governance.Implements;

/**
 * Who may set a body's procedures going (e.g. an election): the network's coordination (M-3) and the
 * administrators for every body, a body's own group for that body only — a working table for its own
 * offices, the Sprecher:innenrat for its chair (SR-5).
 */
@Implements({"M-3", "AT-2", "SR-5"})
public final class BodyRights {

    /** Camunda's administrators (operators). */
    public static final String ADMINISTRATORS = "camunda-admin";

    private BodyRights() {
    }

    /**
     * @param bodyGroup         the Camunda group of the body (may be null: then only coordination and administrators)
     * @param coordinationGroup the group of the network's coordination
     * @param callerGroups      the groups of the person acting
     */
    public static boolean mayManage(String bodyGroup, String coordinationGroup, Collection<String> callerGroups) {
        return callerGroups.contains(ADMINISTRATORS) || callerGroups.contains(coordinationGroup)
                || (bodyGroup != null && callerGroups.contains(bodyGroup));
    }
}
