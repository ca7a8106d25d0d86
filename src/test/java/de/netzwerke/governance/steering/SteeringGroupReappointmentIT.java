package de.netzwerke.governance.steering;

import static de.netzwerke.governance.testsupport.RestApi.ASYNC_TIMEOUT;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.Mailbox;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Process {@code SteeringGroupReappointment} as an integrator and the Steuerungsgruppe drive it: only HTTP with
 * basic auth against the Camunda REST API, the register's read API and the Übersicht, with the job executor
 * running and e-mail going to GreenMail. The context is the one the other ITs share (the REST API finds its
 * engine by name, so a second context would take the engine away from them). The engine's clock stands on
 * 01.10.2026; an administrator removes whatever reappointment the start-up scheduled with the real date, and the
 * schedule runs again as at start-up, so the waiting reappointment's date is known.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class SteeringGroupReappointmentIT {

    private static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 10, 1, 10, 0, 0, 0, Today.ZONE);
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final String STEERING = "steuerung";
    private static final String ADMIN = "demo";
    private static final String LSA = Network.WILLKOMMENSKULTUR_LSA;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    GreenMail greenMail;
    @Autowired
    SteeringSchedule schedule;

    private RestApi api;

    @BeforeEach
    void setUp() throws Exception {
        ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
        api = new RestApi(rest);
        greenMail.purgeEmailFromAllMailboxes();
        for (JsonNode instance : instances()) {
            ResponseEntity<String> deleted = api.call(ADMIN, HttpMethod.DELETE,
                    "/engine-rest/process-instance/" + instance.path("id").asText(), null);
            assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        schedule.ensureScheduled(LSA);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("W-5…W-9 via REST: the reappointment waits for 28.11.2026 08:00 (28.02.2027 − 3 months), the Steuerungsgruppe "
            + "brings it forward; 11 persons are refused with 400, 10 are carried by the network; the register, the group "
            + "steuerungsgruppe and the Übersicht show the new members and dates; everyone involved is e-mailed")
    void fullReappointmentThroughRest() throws Exception {
        // 1. the schedule: one reappointment waits; Cockpit (and REST) show its timer with the date
        JsonNode waiting = instances();
        assertThat(waiting).as("waiting reappointments").hasSize(1);
        String waitingId = waiting.get(0).path("id").asText();
        JsonNode timers = ok(api.call(STEERING, HttpMethod.GET, "/engine-rest/job?processInstanceId=" + waitingId + "&timers=true", null));
        assertThat(timers).hasSize(1);
        assertThat(OffsetDateTime.parse(timers.get(0).path("dueDate").asText(), REST_DATE).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 11, 28, 8, 0, 0, 0, Today.ZONE).toInstant());
        JsonNode before = ok(api.call(STEERING, HttpMethod.GET, "/api/networks/" + LSA + "/steering-group", null));
        assertThat(before.path("lastConfirmedOn").asText()).isEqualTo("2024-02-29");
        assertThat(before.path("nextDueOn").asText()).isEqualTo("2027-02-28");
        assertThat(before.path("members")).hasSize(6);
        String waitingPage = rest.withBasicAuth(STEERING, STEERING).getForObject("/uebersicht/" + LSA, String.class);
        assertThat(waitingPage).contains("Wiederbestellung der Steuerungsgruppe", "Beginnt von selbst am 28.11.2026",
                "nächste Bestätigung fällig am 28.02.2027", "6 von höchstens 10 Personen");

        // 2. the Steuerungsgruppe starts it at once; others may not
        Map<String, Object> start = Map.of("variables", Map.of(SteeringVariables.NETWORK_ID.name(), typed(LSA, "String")));
        ResponseEntity<String> byPartner = api.call(RestApi.PARTNER, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + SteeringVariables.PROCESS_KEY + "/start", start);
        assertThat(byPartner.getStatusCode().is4xxClientError()).as(byPartner.getBody()).isTrue();
        JsonNode started = ok(api.call(STEERING, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + SteeringVariables.PROCESS_KEY + "/start", start));
        String pi = started.path("id").asText();
        assertThat(instances()).as("the waiting one was brought forward").hasSize(1);

        // 3. all six members stand again
        String ask = singleTask(pi, "Task_AskMembers");
        List<String> members = new ArrayList<>();
        jsonLocal(ask, SteeringVariables.MEMBER_OPTIONS.name()).forEach(o -> members.add(o.path("value").asText()));
        assertThat(members).hasSize(6);
        noContent(api.call(STEERING, HttpMethod.POST, "/engine-rest/task/" + ask + "/complete", Map.of("variables",
                Map.of(SteeringVariables.STANDING_AGAIN.name(), typed(api.jsonText(members), "Json")))));

        // 4. five nominations by message; a variable outside the message's contract is refused
        String[][] nominees = {
                {"Nora Haas", "n.haas@example.org", "Arbeitgeberverband Sachsen-Anhalt", "zugang-wirtschaft", "STATE_WIDE", "true", "false"},
                {"Ben Yilmaz", "b.yilmaz@example.org", "KAUSA-Landesstelle ZuSa", "ausbildungsmarkt", "SUPRA_REGIONAL", "false", "true"},
                {"Eva Lang", "e.lang@example.org", "Freiwilligenagentur Halle", "willkommenskultur", "SUPRA_REGIONAL", "false", "true"},
                {"Ida Lorenz", "i.lorenz@example.org", "Integrationskoordination Landkreis Harz", "uebergangsmanagement", "STATE_WIDE", "false", "true"},
                {"Mia Schulz", "m.schulz@example.org", "International Office Universität Magdeburg", "lebenslanges-lernen", "STATE_WIDE", "false", "true"}};
        Map<String, Object> bad = nominationMessage(pi, nominees[0]);
        @SuppressWarnings("unchecked")
        Map<String, Object> badVariables = (Map<String, Object>) bad.get("processVariables");
        badVariables.put(SteeringVariables.OUTCOME.name(), typed("CARRIED", "String"));
        ResponseEntity<String> refused = api.call(STEERING, HttpMethod.POST, "/engine-rest/message", bad);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        for (String[] n : nominees) {
            ResponseEntity<String> sent = api.call(STEERING, HttpMethod.POST, "/engine-rest/message", nominationMessage(pi, n));
            assertThat(sent.getStatusCode().is2xxSuccessful()).as(sent.getBody()).isTrue();
        }
        String nominations = singleTask(pi, "Task_RecordNominations");
        noContent(api.call(STEERING, HttpMethod.POST, "/engine-rest/task/" + nominations + "/complete", Map.of("variables",
                Map.of(SteeringVariables.CLOSE_NOMINATIONS.name(), typed(true, "Boolean")))));

        // 5. eligibility checked; 11 persons refused with 400, then 10 proposed
        noContent(api.call(STEERING, HttpMethod.POST, "/engine-rest/task/" + singleTask(pi, "Task_CheckEligibility") + "/complete",
                Map.of("variables", Map.of(SteeringVariables.ELIGIBILITY_CHECKED.name(), typed(true, "Boolean")))));
        String compose = singleTask(pi, "Task_ComposeSteeringGroup");
        List<String> eligible = new ArrayList<>();
        jsonLocal(compose, SteeringVariables.CANDIDATE_OPTIONS.name()).forEach(o -> eligible.add(o.path("value").asText()));
        assertThat(eligible).hasSize(11);
        ResponseEntity<String> eleven = api.call(STEERING, HttpMethod.POST, "/engine-rest/task/" + compose + "/complete",
                Map.of("variables", Map.of(SteeringVariables.PROPOSED_MEMBER_IDS.name(), typed(api.jsonText(eligible), "Json"))));
        assertThat(eleven.getStatusCode()).as(eleven.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(eleven).path("message").asText()).contains("höchstens 10 Personen (W-8)", "vorgeschlagen sind 11");
        assertThat(singleTask(pi, "Task_ComposeSteeringGroup")).as("composition task still open").isEqualTo(compose);
        List<String> ten = eligible.subList(0, 10);
        noContent(api.call(STEERING, HttpMethod.POST, "/engine-rest/task/" + compose + "/complete",
                Map.of("variables", Map.of(SteeringVariables.PROPOSED_MEMBER_IDS.name(), typed(api.jsonText(ten), "Json")))));

        // 6. the network carries it 15:3 (2 abstentions)
        String decision = singleTask(pi, "Task_RecordNetworkDecision");
        Map<String, Object> vote = new LinkedHashMap<>();
        vote.put(SteeringVariables.PRESENT.name(), typed(20, "Integer"));
        vote.put(SteeringVariables.YES.name(), typed(15, "Integer"));
        vote.put(SteeringVariables.NO.name(), typed(3, "Integer"));
        vote.put(SteeringVariables.ABSTENTIONS.name(), typed(2, "Integer"));
        noContent(api.call(STEERING, HttpMethod.POST, "/engine-rest/task/" + decision + "/complete", Map.of("variables", vote)));
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(ok(api.call(STEERING,
                HttpMethod.GET, "/engine-rest/history/process-instance/" + pi, null)).path("state").asText()).isEqualTo("COMPLETED"));
        JsonNode outcome = ok(api.call(STEERING, HttpMethod.GET, "/engine-rest/history/variable-instance?processInstanceId=" + pi
                + "&variableName=" + SteeringVariables.OUTCOME.name(), null));
        assertThat(outcome.get(0).path("value").asText()).isEqualTo("CARRIED");

        // 7. the register and the Übersicht: ten members from the decision day, next due three years later
        JsonNode after = ok(api.call(STEERING, HttpMethod.GET, "/api/networks/" + LSA + "/steering-group", null));
        assertThat(after.path("members")).hasSize(10);
        List<String> afterIds = new ArrayList<>();
        after.path("members").forEach(m -> afterIds.add(m.path("partnerId").asText()));
        assertThat(afterIds).containsExactlyInAnyOrderElementsOf(ten);
        assertThat(after.path("lastConfirmedOn").asText()).isEqualTo("2026-10-01");
        assertThat(after.path("nextDueOn").asText()).isEqualTo("2029-10-01");
        ResponseEntity<String> page = rest.withBasicAuth(STEERING, STEERING).getForEntity("/uebersicht/" + LSA, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Steuerungsgruppe", "nächste Bestätigung fällig am 01.10.2029",
                "Zuletzt bestätigt am 01.10.2026", "10 von höchstens 10 Personen",
                "Handlungsfelder (W-9): 9 von 9 abgedeckt");
        JsonNode groupMembers = ok(api.call(ADMIN, HttpMethod.GET, "/engine-rest/user?memberOfGroup=steuerungsgruppe", null));
        List<String> logins = new ArrayList<>();
        groupMembers.forEach(u -> logins.add(u.path("id").asText()));
        assertThat(logins).as("the group is exactly the new members' logins").containsExactly(STEERING);

        // 8. everyone involved is e-mailed; the next reappointment waits for 01.07.2029 08:00
        Mailbox mailbox = new Mailbox(greenMail);
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(mailbox.recipientsOf(m -> m.getSubject().equals("Steuerungsgruppe bestätigt am 01.10.2026")))
                        .hasSize(11).contains("steuerung@example.org", "n.haas@example.org", "m.schulz@example.org"));
        JsonNode next = instances();
        assertThat(next).hasSize(1);
        JsonNode nextTimer = ok(api.call(STEERING, HttpMethod.GET, "/engine-rest/job?processInstanceId="
                + next.get(0).path("id").asText() + "&timers=true", null));
        assertThat(OffsetDateTime.parse(nextTimer.get(0).path("dueDate").asText(), REST_DATE).toInstant())
                .isEqualTo(ZonedDateTime.of(2029, 7, 1, 8, 0, 0, 0, Today.ZONE).toInstant());
    }

    private JsonNode instances() throws Exception {
        return ok(api.call(STEERING, HttpMethod.GET, "/engine-rest/process-instance?processDefinitionKey="
                + SteeringVariables.PROCESS_KEY, null));
    }

    private Map<String, Object> nominationMessage(String pi, String[] n) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(SteeringVariables.NOMINEE_NAME.name(), typed(n[0], "String"));
        variables.put(SteeringVariables.NOMINEE_EMAIL.name(), typed(n[1], "String"));
        variables.put(SteeringVariables.NOMINEE_ORGANISATION.name(), typed(n[2], "String"));
        variables.put(SteeringVariables.FIELD_OF_ACTION.name(), typed(n[3], "String"));
        variables.put(SteeringVariables.REACH.name(), typed(n[4], "String"));
        variables.put(SteeringVariables.BUSINESS_LINK.name(), typed(Boolean.valueOf(n[5]), "Boolean"));
        variables.put(SteeringVariables.WELCOME_CULTURE_BEARING.name(), typed(Boolean.valueOf(n[6]), "Boolean"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageName", SteeringVariables.MESSAGE_NOMINATION);
        body.put("processInstanceId", pi);
        body.put("processVariables", variables);
        return body;
    }

    private String singleTask(String pi, String key) throws Exception {
        JsonNode list = ok(api.call(STEERING, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key, null));
        assertThat(list).as(key + " tasks").hasSize(1);
        return list.get(0).path("id").asText();
    }

    private JsonNode jsonLocal(String taskId, String name) throws Exception {
        JsonNode variable = ok(api.call(STEERING, HttpMethod.GET,
                "/engine-rest/task/" + taskId + "/localVariables/" + name + "?deserializeValue=false", null));
        return api.json(variable.path("value").asText());
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(response);
    }

    private static void noContent(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
