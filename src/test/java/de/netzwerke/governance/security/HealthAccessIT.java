package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.TestProfiles;

/** Operators watch the service at /actuator/health: status for everyone, details for administrators only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class HealthAccessIT {

    private static final String HEALTH = "/actuator/health";

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("a load balancer without credentials, and a member of staff, see only the status UP")
    void statusForEveryone() throws Exception {
        for (TestRestTemplate caller : List.of(rest, rest.withBasicAuth("koordination", "koordination"))) {
            ResponseEntity<String> health = caller.getForEntity(HEALTH, String.class);
            assertThat(health.getStatusCode()).as(health.getBody()).isEqualTo(HttpStatus.OK);
            JsonNode body = json.readTree(health.getBody());
            assertThat(body.path("status").asText()).isEqualTo("UP");
            assertThat(body.has("components")).as("components shown: %s", health.getBody()).isFalse();
            assertThat(body.has("details")).isFalse();
        }
    }

    @Test
    @DisplayName("an administrator sees database, job executor, process engine and mail, each UP")
    void detailsForAdministrators() throws Exception {
        ResponseEntity<String> health = rest.withBasicAuth("demo", "demo").getForEntity(HEALTH, String.class);
        assertThat(health.getStatusCode()).as(health.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode components = json.readTree(health.getBody()).path("components");
        for (String component : List.of("db", "jobExecutor", "processEngine", "mail")) {
            assertThat(components.path(component).path("status").asText()).as("%s in %s", component, health.getBody())
                    .isEqualTo("UP");
        }
        assertThat(components.path("db").path("details").path("database").asText()).isIn("H2", "PostgreSQL");
    }

    @Test
    @DisplayName("wrong credentials answer 401; no other actuator endpoint is exposed, not even to an administrator")
    void nothingElse() {
        assertThat(rest.withBasicAuth("unbekannt", "falsch").getForEntity(HEALTH, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops")) {
            assertThat(rest.withBasicAuth("demo", "demo").getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }
}
