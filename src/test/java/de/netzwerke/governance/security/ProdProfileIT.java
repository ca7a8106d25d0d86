package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.netzwerke.governance.GovernanceApplication;
import de.netzwerke.governance.founding.FoundingVariables;

/**
 * Profile {@code prod} as an operator starts it: the application itself, twice on one H2 database of its own,
 * on a free port, without the webapps and with engine names of their own, so that the engine and webapps
 * the other application tests reach in the same JVM stay put. Its engine is used through the Java API, which {@code /engine-rest}
 * calls in the same way.
 */
class ProdProfileIT {

    private static final String ADMIN_PASSWORD = "Betrieb-2026!sicher";

    @Test
    @DisplayName("prod deploys only the packaged diagrams, refuses deployments through the API even to an administrator, "
            + "and refuses to start when a user's password is the user id, as the default profile's demo users have")
    void prodNeverRunsWithKnownPasswordOrForeignDiagrams() {
        String url = "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        try (ConfigurableApplicationContext prod = startProd(url)) {
            ProcessEngine engine = prod.getBean(ProcessEngine.class);
            RepositoryService repository = engine.getRepositoryService();
            IdentityService identity = engine.getIdentityService();
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(FoundingVariables.PROCESS_KEY).count())
                    .as("packaged diagram deployed at start").isEqualTo(1);
            assertThat(identity.createUserQuery().userId("demo").count()).as("no demo users in prod").isZero();
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            assertThat(configuration.isEnablePasswordPolicy()).as("prod's own engine setting").isTrue();
            assertThat(configuration.getLoginMaxAttempts()).as("the default profile's login delay applies too")
                    .isEqualTo(Integer.MAX_VALUE);

            identity.setAuthentication("admin", List.of(GovernanceGroups.CAMUNDA_ADMIN));
            try {
                assertThatThrownBy(() -> repository.createDeployment()
                        .addModelInstance("Fremd.bpmn", Bpmn.createExecutableProcess("Fremd").camundaHistoryTimeToLive(1)
                                .startEvent().serviceTask().camundaExpression("${true}").endEvent().done())
                        .deploy())
                        .isInstanceOf(AuthorizationException.class)
                        .hasMessageContaining("nur die mit der Anwendung ausgelieferten Prozessmodelle");
            } finally {
                identity.clearAuthentication();
            }
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Fremd").count()).isZero();

            // what a start in the default profile leaves in the database: a user whose password is its id
            // (prod's password policy refuses such a password, so it is saved past the policy here)
            User user = identity.newUser("koordination");
            user.setPassword("koordination");
            ((IdentityServiceImpl) identity).saveUser(user, true);
            assertThat(prod.getBean(DemoPasswordCheck.class).usersWithKnownPassword()).containsExactly("koordination");
        }

        assertThatThrownBy(() -> startProd(url).close())
                .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("Profil prod: Die Benutzer koordination haben ein bekanntes Passwort"));
    }

    private static ConfigurableApplicationContext startProd(String url) {
        return new SpringApplicationBuilder(GovernanceApplication.class)
                .run("--spring.profiles.active=test,prod",
                        "--server.port=0",
                        // the webapps keep static state of the application that started them last
                        "--camunda.bpm.webapp.enabled=false",
                        "--spring.datasource.url=" + url,
                        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.generate-unique-process-application-name=true",
                        "--camunda.bpm.job-execution.enabled=false");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
