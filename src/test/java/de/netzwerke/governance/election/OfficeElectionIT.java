package de.netzwerke.governance.election;

import static de.netzwerke.governance.testsupport.RestApi.ASYNC_TIMEOUT;
import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.assertDeclared;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.founding.FoundingVariables;
import de.netzwerke.governance.election.BallotForm;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.Mailbox;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Process {@code OfficeElection} as an integrator drives it: only HTTP with basic auth against the Camunda
 * REST API ({@code /engine-rest}) and the register's read API ({@code /api}), with the job executor running
 * and e-mail going to GreenMail. The working table is founded through REST first (as in
 * {@code WorkingTableFoundingIT}); its founding starts the first elections (AT-2, SR-2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class OfficeElectionIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Camunda REST's date format. */
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    GreenMail greenMail;

    private RestApi api;
    private Mailbox mailbox;

    @BeforeEach
    void setUp() throws Exception {
        api = new RestApi(rest);
        mailbox = new Mailbox(greenMail);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    @DisplayName("AT-2: via REST, a new working table elects its leader: non-members and impossible counts are refused with 400, "
            + "a 3:3 tie leads to a runoff (SR-7 reading), 4:3 elects for two years, members are e-mailed and the re-election timer waits for term end − 6 weeks")
    void leaderElectionThroughRest() throws Exception {
        String topic = "Gesundheit und Pflege im Alter";
        String workingTable = "Arbeitstisch " + topic;
        List<String> memberEmails = List.of("gp.clara@example.org", "gp.jonas@example.org", "gp.anna@example.org",
                "gp.malik@example.org", "gp.carl@example.org", "gp.jana@example.org", "gp.hanna@example.org");

        // 1. found the working table: 4 organisations, 2 more representatives of them, then the 5th organisation
        String founding = api.proposeWorkingTable(topic, "Gesundheit");
        String checkTask = singleTask(founding, "Task_CheckProposal");
        ResponseEntity<String> accepted = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + checkTask + "/complete",
                Map.of("variables", Map.of(FoundingVariables.ACCEPTED.name(), typed(true, "Boolean"))));
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertDeclared(api.declareReadiness(founding, "Clara Pflegedienst", memberEmails.get(0), "Caritas Pflegedienst Schwerin"));
        assertDeclared(api.declareReadiness(founding, "Jonas Seniorenbeirat", memberEmails.get(1), "Seniorenbeirat Schwerin"));
        assertDeclared(api.declareReadiness(founding, "Anna Sozialstation", memberEmails.get(2), "AWO Sozialstation Schwerin"));
        assertDeclared(api.declareReadiness(founding, "Malik Gesundheitsamt", memberEmails.get(3), "Gesundheitsamt Schwerin"));
        assertDeclared(api.declareReadiness(founding, "Carl Pflegedienst", memberEmails.get(4), "Caritas Pflegedienst Schwerin"));
        assertDeclared(api.declareReadiness(founding, "Jana Seniorenbeirat", memberEmails.get(5), "Seniorenbeirat Schwerin"));
        assertDeclared(api.declareReadiness(founding, "Hanna Pflegestützpunkt", memberEmails.get(6), "Pflegestützpunkt Schwerin"));
        api.awaitEstablished(founding);

        long tableId = api.historicVariable(founding, FoundingVariables.WORKING_TABLE_ID.name()).orElseThrow().asLong();
        JsonNode table = api.workingTable(workingTable).orElseThrow();
        assertThat(table.path("id").asLong()).isEqualTo(tableId);
        assertThat(table.path("members")).as("members of the new working table").hasSize(7);

        // 2. the founding started the four first elections of the table. The query goes by POST: in the GET
        // form (variables=bodyId_eq_<id>) Camunda reads an all-digit value as a Date (epoch millis,
        // ConditionQueryParameterDto.resolveValue), so it never matches the Long bodyId.
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(electionsOf(tableId, null)).as("OfficeElection instances of the table").hasSize(4));
        JsonNode leaderElections = electionsOf(tableId, "LEADER");
        assertThat(leaderElections).as("LEADER election of the table").hasSize(1);
        String election = leaderElections.get(0).path("id").asText();

        // 3. nominate: the table has no leader yet, so the Fachstelle gets the task
        String nominateTask = singleTask(election, "Task_NominateCandidates");
        // what the task shows is task-local: read from the register when the task was created
        JsonNode memberOptions = jsonTaskVariable(nominateTask, ElectionVariables.MEMBER_OPTIONS.name());
        assertThat(memberOptions).as("memberOptions").hasSize(7);
        List<String> memberIds = new ArrayList<>();
        Map<String, String> idByLabel = new java.util.HashMap<>();
        memberOptions.forEach(o -> {
            memberIds.add(o.path("value").asText());
            idByLabel.put(o.path("label").asText(), o.path("value").asText());
        });
        String first = memberIds.get(0);
        String second = memberIds.get(1);

        ResponseEntity<String> stranger = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + nominateTask + "/complete",
                Map.of("variables", nomination("[\"" + first + "\",\"999999\"]")));
        assertThat(stranger.getStatusCode()).as(stranger.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(stranger).path("message").asText()).contains("nicht wählbar");
        assertThat(singleTask(election, "Task_NominateCandidates")).as("nomination task still open").isEqualTo(nominateTask);

        ResponseEntity<String> nominated = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + nominateTask + "/complete",
                Map.of("variables", nomination("[\"" + first + "\",\"" + second + "\"]")));
        assertThat(nominated.getStatusCode()).as(nominated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // the Übersicht lists the running election with its candidates; their names only for the coordination
        List<String> candidateNames = new ArrayList<>();
        memberOptions.forEach(o -> {
            if (List.of(first, second).contains(o.path("value").asText())) {
                candidateNames.add(o.path("label").asText().replaceAll(" \\(.*$", ""));
            }
        });
        assertThat(candidateNames).hasSize(2);
        String overview = rest.withBasicAuth(COORDINATION, COORDINATION).getForObject("/uebersicht/" + Network.MIGRATION_SCHWERIN, String.class);
        String electionRow = overview.substring(overview.indexOf("Leitung – " + workingTable));
        electionRow = electionRow.substring(0, electionRow.indexOf("</tr>"));
        assertThat(electionRow).contains("Wahlgang: Wahlergebnis erfassen", "Kandidat:innen: ").contains(candidateNames);
        assertThat(rest.withBasicAuth("partner", "partner").getForObject("/uebersicht/" + Network.MIGRATION_SCHWERIN, String.class))
                .contains("Leitung – " + workingTable).doesNotContain("Kandidat:innen:");

        // 4. the ballot: impossible counts are refused and change nothing
        String ballotTask = singleTask(election, "Task_RecordBallot");
        JsonNode rows = ballotRows(ballotTask, idByLabel);
        assertThat(rows).as("ballot rows").hasSize(2);
        List<String> candidateIds = new ArrayList<>();
        rows.forEach(r -> candidateIds.add(r.path("candidateId").asText()));
        assertThat(candidateIds).containsExactlyInAnyOrder(first, second);

        ResponseEntity<String> tooManyPresent = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + ballotTask + "/complete",
                Map.of("variables", ballot(8, rows, Map.of(first, 4, second, 3), 1)));
        assertThat(tooManyPresent.getStatusCode()).as(tooManyPresent.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(tooManyPresent).path("message").asText()).contains("mehr Anwesende");
        ResponseEntity<String> tooManyVotes = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + ballotTask + "/complete",
                Map.of("variables", ballot(6, rows, Map.of(first, 4, second, 3), 0)));
        assertThat(tooManyVotes.getStatusCode()).as(tooManyVotes.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(tooManyVotes).path("message").asText()).contains("mehr Stimmen abgegeben als Mitglieder anwesend");
        assertThat(singleTask(election, "Task_RecordBallot")).as("ballot task still open").isEqualTo(ballotTask);

        // a tie for first place: runoff between the tied
        ResponseEntity<String> tie = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + ballotTask + "/complete",
                Map.of("variables", ballot(7, rows, Map.of(first, 3, second, 3), 1)));
        assertThat(tie.getStatusCode()).as(tie.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(variable(election, ElectionVariables.OUTCOME.name()).path("value").asText()).isEqualTo("RUNOFF");
        String runoffTask = singleTask(election, "Task_RecordBallot");
        assertThat(runoffTask).as("a new ballot task for the runoff").isNotEqualTo(ballotTask);
        JsonNode runoffRows = ballotRows(runoffTask, idByLabel);
        assertThat(runoffRows).hasSize(2);

        ResponseEntity<String> runoff = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + runoffTask + "/complete",
                Map.of("variables", ballot(7, runoffRows, Map.of(first, 4, second, 3), 0)));
        assertThat(runoff.getStatusCode()).as(runoff.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        LocalDate electionDay = LocalDate.now(BERLIN);

        // 5. installed and notified asynchronously; the instance waits for the re-election
        JsonNode timer = await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> api.json(api.call(COORDINATION,
                HttpMethod.GET, "/engine-rest/job?processInstanceId=" + election + "&activityId=TimerEvent_ReElectionDue", null)),
                jobs -> jobs.size() == 1).get(0);
        assertThat(api.historicVariable(election, ElectionVariables.OUTCOME.name())).map(JsonNode::asText).contains("ELECTED");
        assertThat(api.historicVariable(election, ElectionVariables.ELECTED_PARTNER_ID.name())).map(JsonNode::asText).contains(first);

        JsonNode leader = offices(api.workingTable(workingTable).orElseThrow(), "LEADER");
        assertThat(leader.path("partnerId").asText()).as("leader").isEqualTo(first);
        LocalDate termEnd = LocalDate.parse(leader.path("termEnd").asText());
        // the day is read in Europe/Berlin; around midnight the election may have been on the day before
        assertThat(termEnd).as("termEnd").isIn(electionDay.plusYears(2), LocalDate.now(BERLIN).plusYears(2));
        assertThat(leader.path("termStart").asText()).isEqualTo(termEnd.minusYears(2).toString());
        assertThat(leader.path("termExpired").asBoolean()).as("termExpired").isFalse();

        OffsetDateTime due = OffsetDateTime.parse(timer.path("dueDate").asText(), REST_DATE);
        assertThat(due.toInstant()).as("re-election timer %s", timer.path("dueDate").asText())
                .isEqualTo(termEnd.minusWeeks(6).atTime(LocalTime.of(8, 0)).atZone(BERLIN).toInstant());

        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(mailbox.recipientsOf(m -> m.getSubject().contains("gewählt") && m.getSubject().contains(workingTable)))
                        .as("result e-mail").containsExactlyInAnyOrderElementsOf(memberEmails));
    }

    // --- the REST calls

    /** The one open task of that key in the instance, as the coordination sees it. */
    private String singleTask(String pi, String taskDefinitionKey) throws Exception {
        ResponseEntity<String> tasks = api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskDefinitionKey, null);
        assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode list = api.json(tasks);
        assertThat(list).as(taskDefinitionKey + " tasks").hasSize(1);
        return list.get(0).path("id").asText();
    }

    /** The running OfficeElection instances of the body, optionally only those for one office. */
    private JsonNode electionsOf(long bodyId, String office) throws Exception {
        List<Map<String, Object>> variables = new ArrayList<>();
        variables.add(Map.of("name", ElectionVariables.BODY_ID.name(), "operator", "eq", "value", bodyId));
        if (office != null) {
            variables.add(Map.of("name", ElectionVariables.OFFICE.name(), "operator", "eq", "value", office));
        }
        ResponseEntity<String> instances = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/process-instance",
                Map.of("processDefinitionKey", ElectionVariables.PROCESS_KEY, "variables", variables));
        assertThat(instances.getStatusCode()).as(instances.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(instances);
    }

    private static Map<String, Object> nomination(String candidatesJson) {
        return Map.of(ElectionVariables.CANDIDATES.name(), typed(candidatesJson, "Json"),
                ElectionVariables.CANDIDATES_AGREED.name(), typed(true, "Boolean"));
    }

    /** The ballot rows the task shows: candidate&lt;i&gt;Name, i = 1, 2, … (task-local), mapped back to partner ids. */
    private JsonNode ballotRows(String taskId, Map<String, String> idByLabel) throws Exception {
        JsonNode all = api.json(api.call(COORDINATION, HttpMethod.GET, "/engine-rest/task/" + taskId + "/variables", null));
        ArrayNode rows = (ArrayNode) api.json("[]");
        for (int i = 1; all.has(BallotForm.name(i).name()); i++) {
            String name = all.path(BallotForm.name(i).name()).path("value").asText();
            rows.addObject().put("row", i).put("candidateId", idByLabel.get(name)).put("name", name);
        }
        return rows;
    }

    /** The votes entered per prepared row, as the ballot form submits them. */
    private static Map<String, Object> ballot(int present, JsonNode rows, Map<String, Integer> votes, int abstentions) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(ElectionVariables.PRESENT.name(), typed(present, "Integer"));
        variables.put(ElectionVariables.ABSTENTIONS.name(), typed(abstentions, "Integer"));
        rows.forEach(r -> variables.put(BallotForm.votes(r.path("row").asInt()).name(),
                typed(votes.getOrDefault(r.path("candidateId").asText(), 0), "Integer")));
        return variables;
    }

    private JsonNode variable(String pi, String name) throws Exception {
        ResponseEntity<String> variable = api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/process-instance/" + pi + "/variables/" + name, null);
        assertThat(variable.getStatusCode()).as(variable.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(variable);
    }

    /**
     * A Json variable's value. Deserialized, the REST API would render the Spin node as a bean
     * ({@code {"array":true,...}}); serialized it gives the Json text.
     */
    private JsonNode jsonTaskVariable(String taskId, String name) throws Exception {
        ResponseEntity<String> variable = api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task/" + taskId + "/variables/" + name + "?deserializeValue=false", null);
        assertThat(variable.getStatusCode()).as(variable.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode value = api.json(variable).path("value");
        assertThat(value.isTextual()).as("serialized %s: %s", name, value).isTrue();
        return api.json(value.asText());
    }

    /** The body's one current office of that kind. */
    private static JsonNode offices(JsonNode body, String kind) {
        List<JsonNode> matching = new ArrayList<>();
        body.path("offices").forEach(o -> {
            if (kind.equals(o.path("kind").asText())) {
                matching.add(o);
            }
        });
        assertThat(matching).as("offices %s of %s", kind, body.path("name").asText()).hasSize(1);
        return matching.get(0);
    }
}
