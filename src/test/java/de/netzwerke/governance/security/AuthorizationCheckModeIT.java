package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Issue 15, task lists on PostgreSQL: the engine checks a query's authorizations with sub-queries, not with Camunda's
 * default join, which PostgreSQL runs as a nested loop over every task and authorization row (README „Benchmarks“).
 * The setting belongs under {@code camunda.bpm.authorization}: the same key under {@code generic-properties} is
 * silently overwritten by the starter's default. The sub-queries do not depend on the row
 * ({@link UncorrelatedAuthorizationChecks}), and they still decide as Camunda's own: grants by group, by user and
 * for everyone, revokes before grants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class AuthorizationCheckModeIT {

    private static final String AUTH_CHECK = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.authCheck";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentityService identity;
    @Autowired
    EngineMappingsInBackground.Mappings mappingsInBackground;

    @Test
    @DisplayName("issue 15: the engine took the SQL mappings that were read while the application started")
    void engineTookTheMappingsReadInTheBackground() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getSqlSessionFactory().getConfiguration())
                .isSameAs(mappingsInBackground.configuration.join());
    }

    @Test
    @DisplayName("the engine checks authorizations with sub-queries (authorizationCheckRevokes = always)")
    void subQueries() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
    }

    @Test
    @DisplayName("issue 15: the engine's authorization sub-queries do not name the row's id; a single resource's check still does")
    void subQueriesAreUncorrelated() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration).isInstanceOf(UncorrelatedAuthorizationChecks.Engine.class);
        String authCheck = configuration.getSqlSessionFactory().getConfiguration().getSqlFragments().get(AUTH_CHECK).toString();
        assertThat(authCheck).doesNotContain("= ${permCheck.resourceIdQueryParam}")
                .contains("${permCheck.resourceIdQueryParam} IN")
                .contains("AND A.RESOURCE_ID_ = #{permCheck.resourceId, jdbcType=VARCHAR}");
    }

    @Test
    @DisplayName("issue 15: with uncorrelated sub-queries a user sees the tasks of their group, not another group's; a "
            + "grant on one task adds it, a revoke takes it away, in the list and in the count")
    void visibilityIsCamundasOwn() {
        List<String> created = new ArrayList<>();
        List<String> granted = new ArrayList<>();
        try {
            String own = task("Prüfung Sichtbarkeit: eigene Gruppe", "it-sicht-eigene", created);
            String foreign = task("Prüfung Sichtbarkeit: andere Gruppe", "it-sicht-andere", created);
            String single = task("Prüfung Sichtbarkeit: einzeln freigegeben", "it-sicht-andere", created);
            assertThat(visible()).containsExactly(own);

            granted.add(grant(Authorization.AUTH_TYPE_GRANT, single));
            assertThat(visible()).containsExactlyInAnyOrder(own, single).doesNotContain(foreign);

            granted.add(grant(Authorization.AUTH_TYPE_REVOKE, own));
            assertThat(visible()).containsExactly(single);
        } finally {
            granted.forEach(authorizations::deleteAuthorization);
            created.forEach(id -> tasks.deleteTask(id, true));
        }
    }

    /** The ids of the test's tasks that user {@code it-sicht} of group {@code it-sicht-eigene} sees; list and count agree. */
    private List<String> visible() {
        identity.setAuthentication("it-sicht", List.of("it-sicht-eigene"));
        try {
            TaskQuery query = tasks.createTaskQuery().taskNameLike("Prüfung Sichtbarkeit:%");
            List<String> ids = query.list().stream().map(Task::getId).toList();
            assertThat(query.count()).isEqualTo(ids.size());
            return ids;
        } finally {
            identity.clearAuthentication();
        }
    }

    private String task(String name, String group, List<String> created) {
        Task task = tasks.newTask();
        task.setName(name);
        tasks.saveTask(task);
        created.add(task.getId());
        tasks.addCandidateGroup(task.getId(), group);
        return task.getId();
    }

    private String grant(int type, String taskId) {
        Authorization authorization = authorizations.createNewAuthorization(type);
        authorization.setUserId("it-sicht");
        authorization.setResource(Resources.TASK);
        authorization.setResourceId(taskId);
        if (type == Authorization.AUTH_TYPE_GRANT) {
            authorization.addPermission(Permissions.READ);
        } else {
            authorization.removePermission(Permissions.READ);
        }
        return authorizations.saveAuthorization(authorization).getId();
    }
}
