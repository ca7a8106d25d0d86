package de.netzwerke.governance.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Groups, authorizations and Tasklist filters. Every call is idempotent: the application runs it at
 * every start, and the founding process for each new working table.
 */
@Component
public class AccessSetup {

    /** Processes that any logged-in person of a network may start from Tasklist. */
    public static final List<String> OPEN_PROCESSES = List.of("WorkingTableFounding");
    /** Processes that the coordination and a working table's leader may start (e.g. an election). */
    public static final List<String> BODY_PROCESSES = List.of("OfficeElection");

    private static final String MY_TASKS = "Meine Aufgaben";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final SystemAuthority system;

    public AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
                       FilterService filterService, TaskService taskService, SystemAuthority system) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.system = system;
    }

    /** The standing groups, what they may do, and one Tasklist filter each. */
    public void setUpStandingGroups() {
        system.run(() -> {
            for (String[] g : GovernanceGroups.STANDING) {
                ensureGroup(g[0], g[1], "NETZWERK");
                grantBasics(g[0]);
                ensureGroupFilter(g[0], "Aufgaben: " + g[1], "Alle Aufgaben für " + g[1], 10);
            }
            grantStart(GovernanceGroups.FACHSTELLE, BODY_PROCESSES);
            // M-3: the coordination follows every procedure: reads instances and their history and
            // correlates messages (e.g. declarations of readiness) through the REST API
            grant(GovernanceGroups.FACHSTELLE, Resources.PROCESS_DEFINITION, Authorization.ANY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grantStart(GovernanceGroups.SPRECHERINNENRAT, BODY_PROCESSES);
            ensureMyTasksFilter();
        });
    }

    /** A working table's group (AT-3: established), its rights and its Tasklist filter. */
    public void setUpWorkingTable(long bodyId, String name) {
        system.run(() -> {
            String groupId = GovernanceGroups.workingTable(bodyId);
            ensureGroup(groupId, name, GovernanceGroups.WORKING_TABLE_GROUP_TYPE);
            grantBasics(groupId);
            grantStart(groupId, BODY_PROCESSES);
            ensureGroupFilter(groupId, "Aufgaben: " + name, "Aufgaben des " + name, 20);
            grantMyTasks(groupId);
        });
    }

    public void addToGroup(String userId, String groupId) {
        system.run(() -> {
            if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
                return;
            }
            if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(userId, groupId);
            }
        });
    }

    /** SR-1: a group whose members follow the register exactly (users not listed leave it). */
    public void makeGroupExactly(String groupId, List<String> userIds) {
        system.run(() -> {
            for (var user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
                if (!userIds.contains(user.getId())) {
                    identityService.deleteMembership(user.getId(), groupId);
                }
            }
            for (String userId : userIds) {
                if (identityService.createUserQuery().userId(userId).count() > 0
                        && identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                    identityService.createMembership(userId, groupId);
                }
            }
        });
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /** Tasklist, reading process definitions (forms, diagrams), starting the open processes. */
    private void grantBasics(String groupId) {
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ);
        grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        grantStart(groupId, OPEN_PROCESSES);
    }

    /** Callers grant PROCESS_INSTANCE CREATE once (grantBasics): a second grant in one command would insert twice. */
    private void grantStart(String groupId, List<String> processKeys) {
        for (String key : processKeys) {
            grant(groupId, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .singleResult();
        Authorization auth = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission p : permissions) {
            if (!auth.isPermissionGranted(p)) {
                auth.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(auth);
        }
    }

    private void ensureGroupFilter(String groupId, String name, String description, int priority) {
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks();
        String filterId = ensureFilter(name, groupId, query, description, priority);
        grant(groupId, Resources.FILTER, filterId, Permissions.READ);
    }

    private void ensureMyTasksFilter() {
        TaskQuery query = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}");
        ensureFilter(MY_TASKS, null, query, "Aufgaben, die ich übernommen habe", -10);
        for (String[] g : GovernanceGroups.STANDING) {
            grantMyTasks(g[0]);
        }
    }

    /** Filters are found again by name and the group they serve (two working tables may share a name). */
    private String ensureFilter(String name, String groupId, TaskQuery query, String description, int priority) {
        String owner = groupId == null ? "*" : groupId;
        for (Filter existing : filterService.createFilterQuery().filterName(name).list()) {
            if (owner.equals(existing.getProperties().get("group"))) {
                return existing.getId();
            }
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
                        "group", owner));
        filterService.saveFilter(filter);
        return filter.getId();
    }

    private void grantMyTasks(String groupId) {
        Filter mine = filterService.createFilterQuery().filterName(MY_TASKS).list().stream().findFirst().orElse(null);
        if (mine != null) {
            grant(groupId, Resources.FILTER, mine.getId(), Permissions.READ);
        }
    }
}
