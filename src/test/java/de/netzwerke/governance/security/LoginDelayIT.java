package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Failed logins slow an attacker down without locking the owner out for good (Camunda's login delay,
 * {@code login-*} in application.yaml). The engine's clock is held still and moved past each delay, so
 * that the test waits for nothing and depends on no timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class LoginDelayIT {

    private static final String USER = "sperrprobe";
    private static final String PASSWORD = "Richtig-2026!";
    private static final long MAX_DELAY_MILLIS = 60_000;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void createUser() {
        User user = identityService.newUser(USER);
        user.setFirstName("Sperr");
        user.setLastName("Probe");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        identityService.deleteUser(USER);
    }

    @Test
    @DisplayName("15 wrong passwords, each after the previous delay, lock the account for at most a minute each; "
            + "right after a failure the right password waits too, after the delay it works")
    void failedLoginsDoNotLockForGood() {
        Date now = new Date();
        ClockUtil.setCurrentTime(now);
        for (int attempt = 1; attempt <= 15; attempt++) {
            assertThat(login(USER, "falsch-" + attempt)).as("wrong password %d", attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
            UserEntity account = account();
            assertThat(account.getAttempts()).as("failures counted").isEqualTo(attempt);
            Date lockedUntil = account.getLockExpirationTime();
            assertThat(lockedUntil).as("delay after failure %d", attempt)
                    .isAfter(now).isBeforeOrEqualTo(new Date(now.getTime() + MAX_DELAY_MILLIS));
            // an attacker who paces the attempts: the engine's clock moves past the delay
            now = new Date(lockedUntil.getTime() + 1_000);
            if (attempt == 15) {
                assertThat(login(USER, PASSWORD)).as("the right password during the delay").isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            ClockUtil.setCurrentTime(now);
        }

        assertThat(login(USER, PASSWORD)).as("the right password after the last delay").isEqualTo(HttpStatus.OK);
        assertThat(account().getAttempts()).as("a successful login resets the count").isZero();
    }

    private HttpStatus login(String user, String password) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, password).getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value());
    }

    private UserEntity account() {
        return (UserEntity) identityService.createUserQuery().userId(USER).singleResult();
    }
}
