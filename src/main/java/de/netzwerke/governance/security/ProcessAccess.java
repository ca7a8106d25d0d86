package de.netzwerke.governance.security;

import java.util.Set;

/**
 * What a capability declares about its process, as a bean in its own package: which groups may start it
 * and which follow its instances. Security collects these declarations and knows no capability by name;
 * adding a process adds one of these and changes nothing here.
 *
 * @param processKey          the process definition key
 * @param everyGroupMayStart  any logged-in person of the networks (every standing and working-table group)
 * @param startGroups         standing groups that may start it (besides the above)
 * @param bodyGroupsMayStart  working-table groups may start it (for their own body: the process checks which)
 * @param followingGroups     groups that read its instances and history and send its messages (M-3: the coordination)
 */
public record ProcessAccess(String processKey, boolean everyGroupMayStart, Set<String> startGroups,
                            boolean bodyGroupsMayStart, Set<String> followingGroups) {

    public ProcessAccess {
        startGroups = Set.copyOf(startGroups);
        followingGroups = Set.copyOf(followingGroups);
    }
}
