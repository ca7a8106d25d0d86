package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import de.netzwerke.governance.protocol.web.ObjectionPageController;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Issue 15, start-up: beans are created lazily, the process engine is not ({@link LazyStartup}); the DMN and CMMN
 * engines, which no diagram needs, are switched off (application.yaml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class LazyStartupIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    TestRestTemplate rest;

    @Test
    @DisplayName("the application's own beans are created when first needed")
    void ownBeansAreLazy() {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        String[] controllers = beans.getBeanNamesForType(ObjectionPageController.class, true, false);
        assertThat(controllers).hasSize(1);
        assertThat(beans.getBeanDefinition(controllers[0]).isLazyInit()).isTrue();
    }

    @Test
    @DisplayName("the process engine, its configuration, the job executor and the webapps' filter set-up are built while "
            + "the application starts")
    void camundaIsEager() {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        for (Class<?> type : new Class<?>[] {ProcessEngine.class, ProcessEngineConfiguration.class, JobExecutor.class,
                LazyInitRegistration.class}) {
            String[] names = beans.getBeanNamesForType(type, true, false);
            assertThat(names).as(type.getSimpleName()).isNotEmpty();
            for (String name : names) {
                assertThat(beans.getBeanDefinition(name).isLazyInit()).as(name).isFalse();
            }
        }
    }

    @Test
    @DisplayName("DMN and CMMN are off, and the decision and case queries that Cockpit sends still answer, empty")
    void decisionsAndCasesAreOff() {
        assertThat(engineConfiguration.isDmnEnabled()).isFalse();
        assertThat(engineConfiguration.isCmmnEnabled()).isFalse();
        for (String resource : new String[] {"decision-definition", "decision-requirements-definition",
                "case-definition"}) {
            ResponseEntity<String> answer = new RestApi(rest)
                    .call("demo", HttpMethod.GET, "/engine-rest/" + resource + "/count", null);
            assertThat(answer.getStatusCode()).as(resource).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).as(resource).isEqualTo("{\"count\":0}");
        }
    }
}
