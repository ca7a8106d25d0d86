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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.register.BodyGroupChanged;

/**
 * Groups, authorizations and Tasklist filters, from the {@link ProcessAccess} each capability declares.
 * Every call is idempotent: the application runs it at every start; a body's group follows the register
 * through {@link BodyGroupChanged}, in the transaction that changed the register.
 */
@Component
public class AccessSetup {

    private static final String MY_TASKS = "Meine Aufgaben";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final SystemAuthority system;
    private final List<ProcessAccess> processes;

    public AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
                       FilterService filterService, TaskService taskService, SystemAuthority system,
                       List<ProcessAccess> processes) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.system = system;
        this.processes = List.copyOf(processes);
    }

    /** The standing groups, what they may do, and one Tasklist filter each. */
    public void setUpStandingGroups() {
        system.run(() -> {
            for (String[] g : GovernanceGroups.STANDING) {
                ensureGroup(g[0], g[1], "NETZWERK");
                grantBasics(g[0]);
                ensureGroupFilter(g[0], "Aufgaben: " + g[1], "Alle Aufgaben für " + g[1], 10);
            }
            for (ProcessAccess p : processes) {
                for (String group : p.startGroups()) {
                    grantStart(group, List.of(p.processKey()));
                }
                // M-3: the coordination follows its procedures: reads instances and their history and
                // sends their messages (e.g. declarations of readiness) through the REST API
                for (String group : p.followingGroups()) {
                    grant(group, Resources.PROCESS_DEFINITION, p.processKey(), ProcessDefinitionPermissions.READ,
                            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                            ProcessDefinitionPermissions.READ_HISTORY);
                }
            }
            ensureMyTasksFilter();
        });
    }

    /** A body's group follows the register, in the same transaction ({@link BodyGroupChanged}). */
    @EventListener
    public void bodyGroupChanged(BodyGroupChanged change) {
        if (change.workingTable()) {
            setUpWorkingTable(change.groupId(), change.groupName());
        }
        if (change.exactly()) {
            makeGroupExactly(change.groupId(), change.userIds());
        } else {
            change.userIds().forEach(user -> addToGroup(user, change.groupId()));
        }
    }

    /** A working table's group (AT-3: established), its rights and its Tasklist filter. */
    private void setUpWorkingTable(String groupId, String name) {
        system.run(() -> {
            ensureGroup(groupId, name, GovernanceGroups.WORKING_TABLE_GROUP_TYPE);
            grantBasics(groupId);
            for (ProcessAccess p : processes) {
                if (p.bodyGroupsMayStart() && !p.everyGroupMayStart()) {
                    grantStart(groupId, List.of(p.processKey()));
                }
            }
            ensureGroupFilter(groupId, "Aufgaben: " + name, "Aufgaben des " + name, 20);
            grantMyTasks(groupId);
        });
    }

    /** Adds a user to a group (a standing group of the demo, a body's group); unknown users are left out. */
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
    private void makeGroupExactly(String groupId, java.util.Set<String> userIds) {
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
        grantStart(groupId, processes.stream().filter(ProcessAccess::everyGroupMayStart).map(ProcessAccess::processKey).toList());
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
        // after the group filters: Tasklist opens the first filter, and a role's own tasks are in its group filter
        ensureFilter(MY_TASKS, null, query, "Aufgaben, die mir zugewiesen sind", 50);
        for (String[] g : GovernanceGroups.STANDING) {
            grantMyTasks(g[0]);
        }
    }

    /** Filters are found again by name and the group they serve (two working tables may share a name). */
    private String ensureFilter(String name, String groupId, TaskQuery query, String description, int priority) {
        String owner = groupId == null ? "*" : groupId;
        for (Filter existing : filterService.createFilterQuery().filterName(name).list()) {
            if (owner.equals(existing.getProperties().get("group"))) {
                if (!Integer.valueOf(priority).equals(existing.getProperties().get("priority"))) {
                    Map<String, Object> properties = new java.util.HashMap<>(existing.getProperties());
                    properties.put("priority", priority);
                    filterService.saveFilter(existing.setProperties(properties));
                }
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
