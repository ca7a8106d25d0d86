package de.netzwerke.governance.founding;

import static de.netzwerke.governance.founding.FoundingVariables.*;
import static de.netzwerke.governance.testsupport.Mailbox.recipients;
import static de.netzwerke.governance.testsupport.Mailbox.subject;
import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.PARTNER;
import static de.netzwerke.governance.testsupport.RestApi.assertDeclared;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.Mailbox;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;
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
    @DisplayName("AT-3: via REST, 4 organisations plus a spelling variant wait, duplicates and invalid e-mails are refused with 400, the 5th organisation establishes the working table and everyone is e-mailed")
    void foundingThroughRest() throws Exception {
        String topic = "Wohnen und Nachbarschaft";
        String workingTable = "Arbeitstisch " + topic;

        // 1. a partner proposes the topic
        String pi = propose(topic);

        // 2. the partner can neither see nor complete the coordination's task
        assertThat(api.json(api.call(PARTNER, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + pi, null)))
                .as("tasks of the instance visible to partner").isEmpty();
        String taskId = checkProposalTask(pi);
        ResponseEntity<String> byPartner = api.call(PARTNER, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(ACCEPTED.name(), typed(true, "Boolean"))));
        assertThat(byPartner.getStatusCode().value()).as("partner completes the coordination's task")
                .isIn(403, 404);
        assertThat(checkProposalTask(pi)).as("task still open").isEqualTo(taskId);

        // the coordination accepts
        ResponseEntity<String> accepted = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(ACCEPTED.name(), typed(true, "Boolean"))));
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // 3. four organisations and a spelling variant of one of them: not yet established
        // the coordination correlates and reads (UPDATE_INSTANCE, READ_INSTANCE, READ_HISTORY: AccessSetup)
        assertDeclared(api.declareReadiness(pi, "Clara Caritas", "wn.clara@example.org", "Caritas Schwerin"));
        assertDeclared(api.declareReadiness(pi, "Jonas Jobcenter", "wn.jonas@example.org", "Jobcenter Schwerin"));
        assertDeclared(api.declareReadiness(pi, "Anna Awo", "wn.anna@example.org", "AWO Schwerin"));
        assertDeclared(api.declareReadiness(pi, "Malik Beirat", "wn.malik@example.org", "Migrantenbeirat Schwerin"));
        assertDeclared(api.declareReadiness(pi, "Carl Caritas", "wn.carl@example.org", "  caritas  SCHWERIN"));

        assertThat(organisationCount(pi)).isEqualTo(4);
        assertThat(api.workingTable(workingTable)).as("working table before the 5th organisation").isEmpty();
        assertThat(api.call(COORDINATION, HttpMethod.GET, "/engine-rest/process-instance/" + pi, null).getStatusCode())
                .as("instance still running").isEqualTo(HttpStatus.OK);

        // 4. the same person again (other letter case) and an invalid e-mail are refused and change nothing
        ResponseEntity<String> duplicate = api.declareReadiness(pi, "Clara Caritas", "WN.Clara@Example.org", "Caritas Schwerin");
        assertThat(duplicate.getStatusCode()).as(duplicate.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(duplicate).path("message").asText()).contains("bereits erklärt");
        ResponseEntity<String> invalid = api.declareReadiness(pi, "Ida Ohnemail", "ida.ohne-at-zeichen", "Diakonie Westmecklenburg");
        assertThat(invalid.getStatusCode()).as(invalid.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(invalid).path("message").asText()).contains("keine gültige E-Mail-Adresse");
        assertThat(organisationCount(pi)).isEqualTo(4);

        // 5. the fifth organisation establishes the working table (asynchronously)
        assertDeclared(api.declareReadiness(pi, "Hanna Helios", "wn.hanna@example.org", "Helios Kliniken Schwerin"));
        api.awaitEstablished(pi);

        assertThat(api.historicVariable(pi, ESTABLISHED.name())).map(JsonNode::asBoolean).contains(true);
        assertThat(api.historicVariable(pi, WORKING_TABLE_ID.name())).as("workingTableId")
                .hasValueSatisfying(v -> assertThat(v.isNumber()).isTrue());
        long tableId = api.historicVariable(pi, WORKING_TABLE_ID.name()).orElseThrow().asLong();

        JsonNode table = api.workingTable(workingTable).orElseThrow();
        assertThat(table.path("id").asLong()).isEqualTo(tableId);
        assertThat(table.path("kind").asText()).isEqualTo("WORKING_TABLE");
        List<String> members = new ArrayList<>();
        table.path("members").forEach(m -> members.add(m.path("name").asText()));
        // the 5 organisations' representatives and the second Caritas representative
        assertThat(members).containsExactlyInAnyOrder("Clara Caritas", "Jonas Jobcenter", "Anna Awo", "Malik Beirat",
                "Carl Caritas", "Hanna Helios");

        // 6. within the declaration period a late declaration still counts: a member of the table at once
        assertDeclared(api.declareReadiness(pi, "Lotte Later", "wn.lotte@example.org", "Stadtteilbüro Lankow"));
        List<String> membersAfterLateDeclaration = new ArrayList<>();
        api.workingTable(workingTable).orElseThrow().path("members")
                .forEach(m -> membersAfterLateDeclaration.add(m.path("name").asText()));
        assertThat(membersAfterLateDeclaration).hasSize(7).contains("Lotte Later");

        List<String> establishedMailTo = mailbox.recipientsOf(m -> m.getSubject().contains("ist etabliert")
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

        ResponseEntity<String> declined = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(ACCEPTED.name(), typed(false, "Boolean"), DECLINE_REASON.name(), typed(reason, "String"))));
        assertThat(declined.getStatusCode()).as(declined.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        api.awaitCompleted(pi);

        assertThat(api.historicVariable(pi, ACCEPTED.name())).map(JsonNode::asBoolean).contains(false);
        List<MimeMessage> toProposer = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains("partner@example.org"))
                .filter(m -> subject(m).contains(topic)).toList();
        assertThat(toProposer).hasSize(1);
        assertThat(GreenMailUtil.getBody(toProposer.get(0))).contains(reason);
        assertThat(api.workingTable("Arbeitstisch " + topic)).isEmpty();
    }

    @Test
    @DisplayName("M-3: via REST, declining a proposal without a reason is refused with 400 and a German message; the task stays open")
    void declineWithoutReasonRefused() throws Exception {
        String pi = propose("Digitale Teilhabe im Alter");
        String taskId = checkProposalTask(pi);

        ResponseEntity<String> withoutReason = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(ACCEPTED.name(), typed(false, "Boolean"))));
        assertThat(api.json(withoutReason).path("message").asText()).contains("begründen");
        // Camunda answers a failed completion with 500; RuleViolationMapper makes a refused input a 400
        assertThat(withoutReason.getStatusCode()).as(withoutReason.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(checkProposalTask(pi)).as("task still open").isEqualTo(taskId);
    }

    // --- the REST calls

    /** Starts an instance as {@code partner}; returns its id. */
    private String propose(String topic) throws Exception {
        return api.proposeWorkingTable(topic, "Teilhabe");
    }

    /** The open Task_CheckProposal of the instance, as the coordination sees it. */
    private String checkProposalTask(String pi) throws Exception {
        ResponseEntity<String> tasks = api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_CheckProposal", null);
        assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode list = api.json(tasks);
        assertThat(list).hasSize(1);
        return list.get(0).path("id").asText();
    }

    private int organisationCount(String pi) throws Exception {
        ResponseEntity<String> variable = api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/process-instance/" + pi + "/variables/" + ORGANISATION_COUNT.name(), null);
        assertThat(variable.getStatusCode()).as(variable.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(variable).path("value").asInt();
    }
}
