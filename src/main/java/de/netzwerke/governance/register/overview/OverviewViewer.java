package de.netzwerke.governance.register.overview;

import java.util.Set;

/**
 * Who is looking at the Übersicht: the logged-in user (Tasklist session or basic authentication) with their
 * Camunda groups.
 *
 * @param seesContactData whether the viewer may see the names of people of this network (its coordination and
 *                        administrators, {@code RegisterQueries.seesContactData}); everybody else sees
 *                        organisations and counts
 */
public record OverviewViewer(String userId, Set<String> groups, boolean seesContactData) {

    public OverviewViewer {
        groups = Set.copyOf(groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }
}
