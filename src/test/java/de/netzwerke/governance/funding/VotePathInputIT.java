package de.netzwerke.governance.funding;

import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import de.netzwerke.governance.testsupport.WebappSession;

/**
 * The inputs this issue added to existing steps — {@code votePath} of Task_DraftStatement (SR-7) and
 * {@code decidedBy} of the RulesChange start (G-1) — as an attacker sends them, through {@code /engine-rest} and
 * through Tasklist's own submit-form: another instance's id, a wrong type, 5,000 characters, a second completion.
 * Each is refused with 4xx and a German message, and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class VotePathInputIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    FundingApplications applications;

    private RestApi api;

    @BeforeEach
    void setUp() {
        api = new RestApi(rest);
    }

    @Test
    @DisplayName("SR-7: Task_DraftStatement refuses a foreign meetingId, a votePath of the wrong type or of 5,000 characters, "
            + "and a second completion — through /engine-rest and Tasklist's submit-form alike; nothing changes")
    void draftStatementRefusesBadInput() throws Exception {
        String pi = startApplication("Eingaben prüfen " + System.nanoTime());
        JsonNode task = singleTask(pi);
        String taskId = task.path("id").asText();
        String user = task.path("assignee").isTextual() ? task.path("assignee").asText() : COORDINATION;
        WebappSession tasklist = WebappSession.loggedIn(rest, user);

        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("another instance's meeting", Map.of("statement", typed("Text", "String"), "votePath", typed("MEETING", "String"),
                "meetingId", typed(1L, "Long")));
        bad.put("a number as votePath", Map.of("statement", typed("Text", "String"), "votePath", typed(42, "Integer")));
        bad.put("5,000 characters as votePath", Map.of("statement", typed("Text", "String"),
                "votePath", typed("M".repeat(5000), "String")));
        for (Map.Entry<String, Map<String, Object>> input : bad.entrySet()) {
            Map<String, Object> body = Map.of("variables", input.getValue());
            ResponseEntity<String> viaRest = api.call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", body);
            ResponseEntity<String> viaTasklist = tasklist.exchange(HttpMethod.POST,
                    WebappSession.ENGINE_API + "/task/" + taskId + "/submit-form", api.jsonText(body), null);
            for (ResponseEntity<String> answer : new ResponseEntity[] {viaRest, viaTasklist}) {
                assertThat(answer.getStatusCode()).as(input.getKey() + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertGermanMessage(answer);
            }
        }
        assertThat(singleTask(pi).path("id").asText()).as("the task is still open").isEqualTo(taskId);
        assertThat(applications.forInstance(pi).getStatus()).isEqualTo(FundingStatus.RECEIVED);
        assertThat(applications.forInstance(pi).getMeetingId()).isNull();

        ResponseEntity<String> done = tasklist.exchange(HttpMethod.POST, WebappSession.ENGINE_API + "/task/" + taskId + "/submit-form",
                api.jsonText(Map.of("variables", Map.of("statement", typed("Wir befürworten den Antrag.", "String"),
                        "votePath", typed("DIGITAL", "String")))), null);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        Map<String, Object> again = Map.of("variables", Map.of("statement", typed("Noch einmal", "String"),
                "votePath", typed("MEETING", "String")));
        for (ResponseEntity<String> answer : new ResponseEntity[] {
                api.call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", again),
                tasklist.exchange(HttpMethod.POST, WebappSession.ENGINE_API + "/task/" + taskId + "/submit-form",
                        api.jsonText(again), null)}) {
            assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
            assertGermanMessage(answer);
        }
        FundingApplication a = applications.forInstance(pi);
        assertThat(a.getStatus()).isEqualTo(FundingStatus.VOTING);
        assertThat(a.getStatement()).isEqualTo("Wir befürworten den Antrag.");
        assertThat(a.isVotedAtMeeting()).isFalse();
    }

    @Test
    @DisplayName("G-1: the RulesChange start refuses a decidedBy of the wrong type or of 5,000 characters with 400; nothing is recorded")
    void rulesChangeStartRefusesBadDecisionPath() throws Exception {
        for (Object decidedBy : new Object[] {typed(true, "Boolean"), typed("T".repeat(5000), "String")}) {
            String title = "Ungültiger Weg " + System.nanoTime();
            ResponseEntity<String> refused = api.call(COORDINATION, HttpMethod.POST,
                    "/engine-rest/process-definition/key/RulesChange/start", Map.of("variables", Map.of(
                            "networkId", typed(Network.MIGRATION_SCHWERIN, "String"), "title", typed(title, "String"),
                            "passages", typed("§ 1 neu", "String"), "reason", typed("Test", "String"),
                            "decidedBy", decidedBy)));
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertGermanMessage(refused);
            JsonNode started = api.json(api.call(COORDINATION, HttpMethod.GET,
                    "/engine-rest/process-instance?processDefinitionKey=RulesChange&businessKeyLike=%25"
                            + title.replace(" ", "%20"), null));
            assertThat(started).isEmpty();
        }
    }

    private void assertGermanMessage(ResponseEntity<String> answer) throws Exception {
        String message = api.json(answer).path("message").asText();
        assertThat(message).isNotBlank().doesNotContain("Exception", "Cannot", "task form", "java.");
        assertThat(message).containsAnyOf("Bitte", "nicht", "Angabe", "zu lang", "Aufgabe", "gibt es");
    }

    private String startApplication(String title) throws Exception {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("networkId", typed(Network.MIGRATION_SCHWERIN, "String"));
        v.put("organisation", typed("Verein Prüfstand e. V.", "String"));
        v.put("programme", typed("Integrationsfonds MV", "String"));
        v.put("title", typed(title, "String"));
        v.put("amount", typed("1.000", "String"));
        v.put("funderDeadline", typed(LocalDate.now().plusDays(40).toString(), "String"));
        v.put("applicantEmail", typed("pruefstand@example.org", "String"));
        ResponseEntity<String> started = api.call(COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/FundingApplicationVote/start", Map.of("variables", v));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(started).path("id").asText();
    }

    private JsonNode singleTask(String pi) throws Exception {
        JsonNode tasks = api.json(api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_DraftStatement", null));
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }
}
