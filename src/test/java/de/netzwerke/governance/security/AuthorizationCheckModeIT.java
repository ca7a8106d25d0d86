package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * silently overwritten by the starter's default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class AuthorizationCheckModeIT {

    @Autowired
    ProcessEngine engine;

    @Test
    @DisplayName("the engine checks authorizations with sub-queries (authorizationCheckRevokes = always)")
    void subQueries() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
    }
}
