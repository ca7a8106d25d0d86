package de.netzwerke.governance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.founding.FoundingVariables;
import de.netzwerke.governance.register.Network;

/**
 * HTTP with basic auth (password = user name) against the Camunda REST API ({@code /engine-rest}) and the
 * register's read API ({@code /api}), as the REST-level application tests drive the processes.
 */
public class RestApi {

    public static final String PARTNER = "partner";
    public static final String COORDINATION = "koordination";
    /** How long the job executor may take for asynchronous steps (e-mail, establishment, installation). */
    public static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(30);

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    public RestApi(TestRestTemplate rest) {
        this.rest = rest;
    }

    // --- plain calls and JSON

    public ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    public JsonNode json(ResponseEntity<String> response) throws JsonProcessingException {
        return json(response.getBody() == null ? "null" : response.getBody());
    }

    public JsonNode json(String text) throws JsonProcessingException {
        return json.readTree(text);
    }

    public String jsonText(Object value) throws JsonProcessingException {
        return json.writeValueAsString(value);
    }

    /** A Camunda REST variable value of that type ("String", "Boolean", "Json", ...). */
    public static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    // --- founding a working table (process WorkingTableFounding)

    /** Starts a founding in network migration-schwerin as {@code partner}; returns the instance id. */
    public String proposeWorkingTable(String topic, String fieldOfAction) throws JsonProcessingException {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FoundingVariables.NETWORK_ID.name(), typed(Network.MIGRATION_SCHWERIN, "String"));
        variables.put(FoundingVariables.TOPIC.name(), typed(topic, "String"));
        variables.put(FoundingVariables.DESCRIPTION.name(), typed("Bedarf aus der Tagung", "String"));
        variables.put(FoundingVariables.FIELD_OF_ACTION.name(), typed(fieldOfAction, "String"));
        ResponseEntity<String> started = call(PARTNER, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + FoundingVariables.PROCESS_KEY + "/start",
                Map.of("variables", variables));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String id = json(started).path("id").asText();
        assertThat(id).isNotBlank();
        return id;
    }

    /** A representative declares readiness: the coordination correlates the message to the founding. */
    public ResponseEntity<String> declareReadiness(String pi, String name, String email, String organisation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FoundingVariables.REPRESENTATIVE_NAME.name(), typed(name, "String"));
        variables.put(FoundingVariables.REPRESENTATIVE_EMAIL.name(), typed(email, "String"));
        variables.put(FoundingVariables.ORGANISATION.name(), typed(organisation, "String"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageName", FoundingVariables.MESSAGE_READINESS_DECLARED);
        body.put("processInstanceId", pi);
        body.put("processVariables", variables);
        return call(COORDINATION, HttpMethod.POST, "/engine-rest/message", body);
    }

    public static void assertDeclared(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("declaration accepted: %s %s",
                response.getStatusCode(), response.getBody()).isTrue();
    }

    // --- history and register, as the coordination sees them

    /**
     * A founding has set up its working table and started the first elections: it waits only for the end of
     * the declaration period now (late declarations join the table until then).
     */
    public void awaitEstablished(String pi) {
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ResponseEntity<String> waiting = call(COORDINATION, HttpMethod.GET,
                    "/engine-rest/history/activity-instance/count?processInstanceId=" + pi
                            + "&activityId=TimerEvent_DeclarationPeriodEnds&unfinished=true", null);
            assertThat(waiting.getStatusCode()).as(waiting.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(json(waiting).path("count").asInt()).as("waiting for the end of the declaration period").isOne();
        });
    }

    public void awaitCompleted(String pi) {
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ResponseEntity<String> instance = call(COORDINATION, HttpMethod.GET,
                    "/engine-rest/history/process-instance/" + pi, null);
            assertThat(instance.getStatusCode()).as(instance.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(json(instance).path("state").asText()).isEqualTo("COMPLETED");
        });
    }

    public Optional<JsonNode> historicVariable(String pi, String name) throws JsonProcessingException {
        ResponseEntity<String> variables = call(COORDINATION, HttpMethod.GET,
                "/engine-rest/history/variable-instance?processInstanceId=" + pi + "&variableName=" + name, null);
        assertThat(variables.getStatusCode()).as(variables.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode list = json(variables);
        assertThat(list.size()).as("historic variable " + name).isLessThanOrEqualTo(1);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0).path("value"));
    }

    /** The body of that name in the register's read API of network migration-schwerin. */
    public Optional<JsonNode> workingTable(String name) throws JsonProcessingException {
        ResponseEntity<String> bodies = call(COORDINATION, HttpMethod.GET,
                "/api/networks/" + Network.MIGRATION_SCHWERIN + "/bodies", null);
        assertThat(bodies.getStatusCode()).as(bodies.getBody()).isEqualTo(HttpStatus.OK);
        List<JsonNode> matching = new ArrayList<>();
        json(bodies).forEach(b -> {
            if (name.equals(b.path("name").asText())) {
                matching.add(b);
            }
        });
        assertThat(matching).as("bodies named " + name).hasSizeLessThanOrEqualTo(1);
        return matching.stream().findFirst();
    }
}
