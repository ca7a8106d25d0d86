package de.netzwerke.governance.register;

import java.util.Set;

/**
 * Published, in the transaction that changed it, when who belongs to a body changes (a working table is
 * established, members join, the Sprecher:innenrat's seats change hands). Security makes the body's Camunda
 * group follow in the same transaction, so the register and the groups never disagree.
 *
 * @param groupId      the body's Camunda group
 * @param groupName    its name as people read it (for a new group and its Tasklist filter)
 * @param workingTable a working table's group to be set up (its rights and Tasklist filter); false: it exists
 * @param userIds      the Camunda users concerned (partners without a login have none)
 * @param exactly      true: the group becomes exactly these users; false: these users are added
 */
public record BodyGroupChanged(String groupId, String groupName, boolean workingTable, Set<String> userIds,
                               boolean exactly) {

    public BodyGroupChanged {
        userIds = Set.copyOf(userIds);
    }
}
