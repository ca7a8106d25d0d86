package de.netzwerke.governance.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;

/**
 * The whole application without a web server and without the job executor: process tests drive
 * jobs and timers themselves (and start the steering group's schedule themselves). E-mail goes to GreenMail; process coverage goes to
 * {@code target/process-test-coverage}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        // the steering group's waiting reappointment is started by the tests that need it (SteeringSchedule),
        // not at start-up, where the coverage recording would not yet run
        properties = {"camunda.bpm.job-execution.enabled=false", "governance.steering.schedule-at-startup=false"})
@ActiveProfiles(resolver = TestProfiles.class)
@Import({GreenMailConfiguration.class, ProcessEngineCoverageConfiguration.class})
public @interface GovernanceSpringTest {
}
