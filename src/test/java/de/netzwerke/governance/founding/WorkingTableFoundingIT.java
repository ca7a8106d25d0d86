package de.netzwerke.governance.founding;

import static de.netzwerke.governance.founding.FoundingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.TestProfiles;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/**
 * Process {@code WorkingTableFounding} exactly as an integrator drives it: only HTTP with basic auth against
 * the Camunda REST API ({@code /engine-rest}) and the register's read API ({@code /api}), with the job
 * executor running (e-mail and establishment are asynchronous) and e-mail going to GreenMail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class WorkingTableFoundingIT {

    private static final String PARTNER = "partner";
    private static final String COORDINATION = "koordination";
    private static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    GreenMail greenMail;

    @BeforeEach
    void purgeMail() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    @DisplayName("AT-3: via REST, 4 organisations plus a spelling variant wait, duplicates and invalid e-mails are refused with 400, the 5th organisation establishes the working table and everyone is e-mailed")
    void foundingThroughRest() throws Exception {
        String topic = "Wohnen und Nachbarschaft";
        String workingTable = "Arbeitstisch " + topic;

        // 1. a partner proposes the topic
        String pi = propose(topic);

        // 2. the partner can neither see nor complete the coordination's task
        assertThat(json(call(PARTNER, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + pi, null)))
                .as("tasks of the instance visible to partner").isEmpty();
        String taskId = checkProposalTask(pi);
        ResponseEntity<String> byPartner = call(PARTNER, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(ACCEPTED, typed(true, "Boolean"))));
        assertThat(byPartner.getStatusCode().value()).as("partner completes the coordination's task")
                .isIn(403, 404);
        assertThat(checkProposalTask(pi)).as("task still open").isEqualTo(taskId);

        // the coordination accepts
        ResponseEntity<String> accepted = call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(ACCEPTED, typed(true, "Boolean"))));
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // 3. four organisations and a spelling variant of one of them: not yet established
        // the coordination correlates and reads (UPDATE_INSTANCE, READ_INSTANCE, READ_HISTORY: AccessSetup)
        assertDeclared(declare(pi, "Clara Caritas", "wn.clara@example.org", "Caritas Schwerin"));
        assertDeclared(declare(pi, "Jonas Jobcenter", "wn.jonas@example.org", "Jobcenter Schwerin"));
        assertDeclared(declare(pi, "Anna Awo", "wn.anna@example.org", "AWO Schwerin"));
        assertDeclared(declare(pi, "Malik Beirat", "wn.malik@example.org", "Migrantenbeirat Schwerin"));
        assertDeclared(declare(pi, "Carl Caritas", "wn.carl@example.org", "  caritas  SCHWERIN"));

        assertThat(organisationCount(pi)).isEqualTo(4);
        assertThat(workingTable(workingTable)).as("working table before the 5th organisation").isEmpty();
        assertThat(call(COORDINATION, HttpMethod.GET, "/engine-rest/process-instance/" + pi, null).getStatusCode())
                .as("instance still running").isEqualTo(HttpStatus.OK);

        // 4. the same person again (other letter case) and an invalid e-mail are refused and change nothing
        ResponseEntity<String> duplicate = declare(pi, "Clara Caritas", "WN.Clara@Example.org", "Caritas Schwerin");
        assertThat(duplicate.getStatusCode()).as(duplicate.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(duplicate).path("message").asText()).contains("bereits erklärt");
        ResponseEntity<String> invalid = declare(pi, "Ida Ohnemail", "ida.ohne-at-zeichen", "Diakonie Westmecklenburg");
        assertThat(invalid.getStatusCode()).as(invalid.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(invalid).path("message").asText()).contains("keine gültige E-Mail-Adresse");
        assertThat(organisationCount(pi)).isEqualTo(4);

        // 5. the fifth organisation establishes the working table (asynchronously)
        assertDeclared(declare(pi, "Hanna Helios", "wn.hanna@example.org", "Helios Kliniken Schwerin"));
        awaitCompleted(pi);

        assertThat(historicVariable(pi, ESTABLISHED)).map(JsonNode::asBoolean).contains(true);
        assertThat(historicVariable(pi, WORKING_TABLE_ID)).as("workingTableId")
                .hasValueSatisfying(v -> assertThat(v.isNumber()).isTrue());
        long tableId = historicVariable(pi, WORKING_TABLE_ID).orElseThrow().asLong();

        JsonNode table = workingTable(workingTable).orElseThrow();
        assertThat(table.path("id").asLong()).isEqualTo(tableId);
        assertThat(table.path("kind").asText()).isEqualTo("WORKING_TABLE");
        List<String> members = new ArrayList<>();
        table.path("members").forEach(m -> members.add(m.path("name").asText()));
        // the 5 organisations' representatives and the second Caritas representative
        assertThat(members).containsExactlyInAnyOrder("Clara Caritas", "Jonas Jobcenter", "Anna Awo", "Malik Beirat",
                "Carl Caritas", "Hanna Helios");

        List<String> establishedMailTo = recipientsOf(m -> m.getSubject().contains("ist etabliert")
                && m.getSubject().contains(topic));
        assertThat(establishedMailTo).contains("wn.clara@example.org", "wn.jonas@example.org", "wn.anna@example.org",
                "wn.malik@example.org", "wn.carl@example.org", "wn.hanna@example.org", "partner@example.org");
    }

    @Test
    @DisplayName("M-3: via REST, a proposal declined with a reason ends the instance and the proposer gets the reason by e-mail")
    void declinedThroughRest() throws Exception {
        String topic = "Mobilität im ländlichen Raum";
        String reason = "Das Thema bearbeitet schon der Arbeitstisch Verkehr.";
        String pi = propose(topic);
        String taskId = checkProposalTask(pi);

        ResponseEntity<String> declined = call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(ACCEPTED, typed(false, "Boolean"), DECLINE_REASON, typed(reason, "String"))));
        assertThat(declined.getStatusCode()).as(declined.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        awaitCompleted(pi);

        assertThat(historicVariable(pi, ACCEPTED)).map(JsonNode::asBoolean).contains(false);
        List<MimeMessage> toProposer = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains("partner@example.org"))
                .filter(m -> subject(m).contains(topic)).toList();
        assertThat(toProposer).hasSize(1);
        assertThat(GreenMailUtil.getBody(toProposer.get(0))).contains(reason);
        assertThat(workingTable("Arbeitstisch " + topic)).isEmpty();
    }

    @Test
    @DisplayName("M-3: via REST, declining a proposal without a reason is refused with 400 and a German message; the task stays open")
    void declineWithoutReasonRefused() throws Exception {
        String pi = propose("Digitale Teilhabe im Alter");
        String taskId = checkProposalTask(pi);

        ResponseEntity<String> withoutReason = call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(ACCEPTED, typed(false, "Boolean"))));
        assertThat(json(withoutReason).path("message").asText()).contains("begründen");
        // Camunda answers a failed completion with 500; RuleViolationMapper makes a refused input a 400
        assertThat(withoutReason.getStatusCode()).as(withoutReason.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(checkProposalTask(pi)).as("task still open").isEqualTo(taskId);
    }

    // --- the REST calls

    /** Starts an instance as {@code partner}; returns its id. */
    private String propose(String topic) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(NETWORK_ID, typed(Network.MIGRATION_SCHWERIN, "String"));
        variables.put(TOPIC, typed(topic, "String"));
        variables.put(DESCRIPTION, typed("Bedarf aus der Tagung", "String"));
        variables.put(FIELD_OF_ACTION, typed("Teilhabe", "String"));
        ResponseEntity<String> started = call(PARTNER, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", Map.of("variables", variables));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String id = json(started).path("id").asText();
        assertThat(id).isNotBlank();
        return id;
    }

    /** The open Task_CheckProposal of the instance, as the coordination sees it. */
    private String checkProposalTask(String pi) throws Exception {
        ResponseEntity<String> tasks = call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_CheckProposal", null);
        assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode list = json(tasks);
        assertThat(list).hasSize(1);
        return list.get(0).path("id").asText();
    }

    private ResponseEntity<String> declare(String pi, String name, String email, String organisation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REPRESENTATIVE_NAME, typed(name, "String"));
        variables.put(REPRESENTATIVE_EMAIL, typed(email, "String"));
        variables.put(ORGANISATION, typed(organisation, "String"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageName", MESSAGE_READINESS_DECLARED);
        body.put("processInstanceId", pi);
        body.put("processVariables", variables);
        return call(COORDINATION, HttpMethod.POST, "/engine-rest/message", body);
    }

    private static void assertDeclared(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("declaration accepted: %s %s",
                response.getStatusCode(), response.getBody()).isTrue();
    }

    private int organisationCount(String pi) throws Exception {
        ResponseEntity<String> variable = call(COORDINATION, HttpMethod.GET,
                "/engine-rest/process-instance/" + pi + "/variables/" + ORGANISATION_COUNT, null);
        assertThat(variable.getStatusCode()).as(variable.getBody()).isEqualTo(HttpStatus.OK);
        return json(variable).path("value").asInt();
    }

    private void awaitCompleted(String pi) {
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ResponseEntity<String> instance = call(COORDINATION, HttpMethod.GET,
                    "/engine-rest/history/process-instance/" + pi, null);
            assertThat(instance.getStatusCode()).as(instance.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(json(instance).path("state").asText()).isEqualTo("COMPLETED");
        });
    }

    private Optional<JsonNode> historicVariable(String pi, String name) throws Exception {
        ResponseEntity<String> variables = call(COORDINATION, HttpMethod.GET,
                "/engine-rest/history/variable-instance?processInstanceId=" + pi + "&variableName=" + name, null);
        assertThat(variables.getStatusCode()).as(variables.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode list = json(variables);
        assertThat(list.size()).as("historic variable " + name).isLessThanOrEqualTo(1);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0).path("value"));
    }

    /** The body of that name in the register's read API of network migration-schwerin. */
    private Optional<JsonNode> workingTable(String name) throws Exception {
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

    private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode json(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody() == null ? "null" : response.getBody());
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    // --- e-mail

    private interface MailFilter {
        boolean test(MimeMessage message) throws Exception;
    }

    private List<String> recipientsOf(MailFilter filter) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (filter.test(m)) {
                to.addAll(recipients(m));
            }
        }
        return to;
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            Address[] all = m.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
