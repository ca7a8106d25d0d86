package de.netzwerke.governance.security;

import static de.netzwerke.governance.founding.FoundingVariables.*;
import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.assertDeclared;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Camunda's generic API is the operators' (administrators'): the coordination works through its tasks and
 * messages, and cannot bend a founding by setting its variables, firing its 8-week timer, modifying,
 * suspending or deleting it ({@link OperatorOnlyCommands}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class OperatorOnlyCommandsIT {

    private static final String ADMIN = "demo";
    private static final String OPERATORS_ONLY = "Nur die Administration (Betrieb) darf";

    @Autowired
    TestRestTemplate rest;

    private RestApi api;

    private record Attempt(String what, HttpMethod method, String path, Object body) {
    }

    @BeforeEach
    void setUp() {
        api = new RestApi(rest);
    }

    @Test
    @DisplayName("M-3: the coordination starts a founding, checks it and correlates declarations, but setting variables, "
            + "executing or moving the timer, modifying, suspending or deleting the instance answers 403 in German and changes nothing")
    void coordinationWorksThroughTasksOnly() throws Exception {
        String topic = "Sprachmittlung im Gesundheitswesen";
        String pi = acceptedFounding(COORDINATION, topic);
        assertDeclared(api.declareReadiness(pi, "Clara Caritas", "op.clara@example.org", "Caritas Schwerin"));
        assertThat(variable(pi, ORGANISATION_COUNT.name()).asInt()).isEqualTo(1);

        JsonNode timer = onlyJob(pi);
        String jobId = timer.path("id").asText();
        String dueDate = timer.path("dueDate").asText();
        String taskId = recordDeclarationsTask(pi);

        List<Attempt> attempts = List.of(
                new Attempt("set a variable", HttpMethod.PUT,
                        "/engine-rest/process-instance/" + pi + "/variables/" + ORGANISATION_COUNT.name(), typed(5, "Integer")),
                new Attempt("update variables", HttpMethod.POST, "/engine-rest/process-instance/" + pi + "/variables",
                        Map.of("modifications", Map.of(QUORUM_REACHED.name(), typed(true, "Boolean")))),
                new Attempt("remove a variable", HttpMethod.DELETE,
                        "/engine-rest/process-instance/" + pi + "/variables/" + PROPOSAL_ID.name(), null),
                new Attempt("set a task variable", HttpMethod.PUT,
                        "/engine-rest/task/" + taskId + "/variables/" + QUORUM_REACHED.name(), typed(true, "Boolean")),
                new Attempt("execute the 8-week timer", HttpMethod.POST, "/engine-rest/job/" + jobId + "/execute", null),
                new Attempt("move the timer's due date", HttpMethod.PUT, "/engine-rest/job/" + jobId + "/duedate",
                        Map.of("duedate", "2020-01-01T00:00:00.000+0000")),
                new Attempt("modify the instance", HttpMethod.POST, "/engine-rest/process-instance/" + pi + "/modification",
                        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                                "activityId", "ServiceTask_EstablishWorkingTable")))),
                new Attempt("start a founding at its end", HttpMethod.POST,
                        "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start",
                        Map.of("variables", proposal(topic + " (Abkürzung)"), "startInstructions",
                                List.of(Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_EstablishWorkingTable")))),
                new Attempt("suspend the instance", HttpMethod.PUT, "/engine-rest/process-instance/" + pi + "/suspended",
                        Map.of("suspended", true)),
                new Attempt("suspend the process definition", HttpMethod.PUT,
                        "/engine-rest/process-definition/key/" + PROCESS_KEY + "/suspended", Map.of("suspended", true)),
                new Attempt("delete the instance", HttpMethod.DELETE, "/engine-rest/process-instance/" + pi, null));

        for (Attempt attempt : attempts) {
            ResponseEntity<String> answer = api.call(COORDINATION, attempt.method(), attempt.path(), attempt.body());
            assertThat(answer.getStatusCode()).as("%s: %s", attempt.what(), answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api.json(answer).path("message").asText()).as(attempt.what()).startsWith(OPERATORS_ONLY);
        }

        // nothing changed
        assertThat(variable(pi, ORGANISATION_COUNT.name()).asInt()).isEqualTo(1);
        assertThat(variable(pi, QUORUM_REACHED.name()).asBoolean()).isFalse();
        assertThat(variable(pi, PROPOSAL_ID.name()).isNumber()).isTrue();
        JsonNode timerAfter = onlyJob(pi);
        assertThat(timerAfter.path("id").asText()).isEqualTo(jobId);
        assertThat(timerAfter.path("dueDate").asText()).isEqualTo(dueDate);
        assertThat(recordDeclarationsTask(pi)).isEqualTo(taskId);
        JsonNode instance = api.json(api.call(COORDINATION, HttpMethod.GET, "/engine-rest/process-instance/" + pi, null));
        assertThat(instance.path("suspended").asBoolean()).isFalse();
        JsonNode definition = api.json(api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/process-definition/key/" + PROCESS_KEY, null));
        assertThat(definition.path("suspended").asBoolean()).isFalse();
        assertThat(api.workingTable("Arbeitstisch " + topic)).isEmpty();
        assertThat(api.workingTable("Arbeitstisch " + topic + " (Abkürzung)")).isEmpty();

        // the coordination's own work goes on
        assertDeclared(api.declareReadiness(pi, "Jonas Jobcenter", "op.jonas@example.org", "Jobcenter Schwerin"));
        assertThat(variable(pi, ORGANISATION_COUNT.name()).asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("an administrator (camunda-admin) sets variables, suspends, modifies, executes the timer and deletes through the same API")
    void administratorMayOperate() throws Exception {
        String pi = acceptedFounding(COORDINATION, "Ehrenamt in Sportvereinen");

        assertNoContent(api.call(ADMIN, HttpMethod.PUT, "/engine-rest/process-instance/" + pi + "/variables/betriebsnotiz",
                typed("geprüft", "String")), "set a variable");
        assertThat(variable(pi, "betriebsnotiz").asText()).isEqualTo("geprüft");

        assertNoContent(api.call(ADMIN, HttpMethod.PUT, "/engine-rest/process-instance/" + pi + "/suspended",
                Map.of("suspended", true)), "suspend");
        assertThat(api.json(api.call(ADMIN, HttpMethod.GET, "/engine-rest/process-instance/" + pi, null))
                .path("suspended").asBoolean()).isTrue();
        assertNoContent(api.call(ADMIN, HttpMethod.PUT, "/engine-rest/process-instance/" + pi + "/suspended",
                Map.of("suspended", false)), "activate");

        assertNoContent(api.call(ADMIN, HttpMethod.POST, "/engine-rest/process-instance/" + pi + "/modification",
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_RecordDeclarations")))),
                "modify");
        assertThat(api.json(api.call(ADMIN, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_RecordDeclarations", null))).hasSize(2);

        String jobId = onlyJob(pi).path("id").asText();
        assertNoContent(api.call(ADMIN, HttpMethod.POST, "/engine-rest/job/" + jobId + "/execute", null), "execute the timer");
        assertThat(api.call(ADMIN, HttpMethod.GET, "/engine-rest/job/" + jobId, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.historicVariable(pi, ESTABLISHED.name())).map(JsonNode::asBoolean).contains(false);

        String other = api.proposeWorkingTable("Wohnen im Quartier", "Teilhabe");
        assertNoContent(api.call(ADMIN, HttpMethod.DELETE, "/engine-rest/process-instance/" + other, null), "delete");
        assertThat(api.call(ADMIN, HttpMethod.GET, "/engine-rest/process-instance/" + other, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    // --- helpers

    /** Started by {@code starter}, accepted by the coordination in Task_CheckProposal. */
    private String acceptedFounding(String starter, String topic) throws Exception {
        ResponseEntity<String> started = api.call(starter, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", Map.of("variables", proposal(topic)));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String pi = api.json(started).path("id").asText();

        JsonNode tasks = api.json(api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_CheckProposal", null));
        assertThat(tasks).hasSize(1);
        assertNoContent(api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).path("id").asText()
                + "/complete", Map.of("variables", Map.of(ACCEPTED.name(), typed(true, "Boolean")))), "accept the proposal");
        return pi;
    }

    private static Map<String, Object> proposal(String topic) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(NETWORK_ID.name(), typed(Network.MIGRATION_SCHWERIN, "String"));
        variables.put(TOPIC.name(), typed(topic, "String"));
        variables.put(DESCRIPTION.name(), typed("Bedarf aus der Tagung", "String"));
        variables.put(FIELD_OF_ACTION.name(), typed("Teilhabe", "String"));
        return variables;
    }

    private String recordDeclarationsTask(String pi) throws Exception {
        JsonNode tasks = api.json(api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_RecordDeclarations", null));
        assertThat(tasks).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    /** The founding's only job while declarations are collected: the timer of the declaration period. */
    private JsonNode onlyJob(String pi) throws Exception {
        JsonNode jobs = api.json(api.call(COORDINATION, HttpMethod.GET, "/engine-rest/job?processInstanceId=" + pi, null));
        assertThat(jobs).as("jobs of %s", pi).hasSize(1);
        return jobs.get(0);
    }

    private JsonNode variable(String pi, String name) throws Exception {
        ResponseEntity<String> answer = api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/process-instance/" + pi + "/variables/" + name, null);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(answer).path("value");
    }

    private static void assertNoContent(ResponseEntity<String> answer, String what) {
        assertThat(answer.getStatusCode()).as("%s: %s", what, answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
