package de.netzwerke.governance.protocol;

import static de.netzwerke.governance.testsupport.RestApi.ASYNC_TIMEOUT;
import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

import de.netzwerke.governance.meeting.MeetingVariables;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Membership;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.Mailbox;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * T-4, T-5, SR-6 as partners and the Fachstelle meet it: HTTP against the Camunda REST API and the real objection
 * page (no login), job executor running, e-mail to GreenMail. A working table's meeting is recorded, its protocol
 * goes to every active partner, one objects through the personal link (once only), the Fachstelle amends, version 2
 * goes out with a new deadline, the old link is refused, and when the engine's clock passes the deadline the timer
 * confirms the protocol and the link no longer works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class ProtocolObjectionIT {

    private static final Pattern LINK = Pattern.compile("/einspruch/([A-Za-z0-9_\\-.]+)");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    GreenMail greenMail;
    @Autowired
    PartnerRepository partners;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    BodyRepository bodies;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ProtocolObjections service;

    private RestApi api;

    @BeforeEach
    void setUp() throws Exception {
        api = new RestApi(rest);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("T-5, SR-6: protocol to every active partner, objection by the personal link (once), amend and resend with a new deadline, confirmed when the timer fires")
    void objectionThroughThePage() throws Exception {
        List<Partner> members = tx.execute(s -> {
            List<Partner> list = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Organisation org = organisations.save(new Organisation(Network.MIGRATION_SCHWERIN, "Protokollträger " + i));
                list.add(partners.save(new Partner(Network.MIGRATION_SCHWERIN, "Protokollgast " + i,
                        "protokoll" + i + "@example.org", org, LocalDate.of(2026, 1, 15))));
            }
            return list;
        });
        Body body = tx.execute(s -> {
            Body b = bodies.save(new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE, "Arbeitstisch Protokoll-IT",
                    "Protokolle", null, LocalDate.of(2026, 1, 15)));
            b.setGroupId(GovernanceGroups.workingTable(b.getId()));
            members.forEach(p -> memberships.save(new Membership(b.getId(), p, LocalDate.of(2026, 1, 15))));
            return b;
        });
        LocalDateTime yesterday = LocalDateTime.now(Today.ZONE).minusDays(1).truncatedTo(ChronoUnit.HOURS);
        ResponseEntity<String> started = api.call(COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + MeetingVariables.PROCESS_KEY + "/start", Map.of("variables", Map.of(
                        MeetingVariables.BODY_ID.name(), typed(body.getId(), "Long"),
                        MeetingVariables.TITLE.name(), typed("Treffen im IT", "String"),
                        MeetingVariables.STARTS_AT.name(), typed(yesterday.toString(), "String"),
                        MeetingVariables.ENDS_AT.name(), typed(yesterday.plusHours(2).toString(), "String"),
                        MeetingVariables.LOCATION.name(), typed("Rathaus", "String"))));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String meetingPi = api.json(started).path("id").asText();
        complete(meetingPi, "Task_PrepareAgenda", Map.of(MeetingVariables.itemTitle(1).name(), typed("Austausch", "String"),
                MeetingVariables.itemKind(1).name(), typed("INFORMATION", "String")));
        String present = String.join(",", members.stream().map(p -> String.valueOf(p.getId())).toList());
        complete(meetingPi, "Task_RecordAttendance", Map.of(MeetingVariables.PRESENT_PARTNERS.name(), typed(present, "String")));
        complete(meetingPi, "Task_WriteProtocol", Map.of(MeetingVariables.PROTOCOL_TEXT.name(), typed("Austausch über Kurse.", "String")));

        // SR-6: every active partner with an address gets it (the job executor sends)
        List<String> active = new ArrayList<>();
        api.json(api.call(COORDINATION, HttpMethod.GET, "/api/networks/" + Network.MIGRATION_SCHWERIN + "/distribution-list", null))
                .forEach(p -> active.add(p.path("email").asText()));
        Mailbox mailbox = new Mailbox(greenMail);
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(mailbox.recipientsOf(m -> m.getSubject().startsWith("Ergebnisprotokoll: Arbeitstischtreffen")))
                        .containsExactlyInAnyOrderElementsOf(active));
        String pi = protocolInstance(meetingPi);
        String firstToken = token(members.get(0), "Ergebnisprotokoll:");

        // the page without login: the form, an objection, the same link a second time, a post from another site
        ResponseEntity<String> page = rest.getForEntity("/einspruch/" + firstToken, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Einspruch erheben", "Protokollgast 1", "Treffen im IT");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        ResponseEntity<String> foreign = post(firstToken, "Von woanders", "https://evil.example.org");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> objected = post(firstToken, "TOP 1 ist falsch wiedergegeben.", null);
        assertThat(objected.getStatusCode()).as(objected.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(objected.getBody()).contains("Ihr Einspruch ist eingegangen");
        ResponseEntity<String> again = post(firstToken, "Noch einmal", null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).contains("bereits ein Einspruch");
        String handleTask = awaitTask(pi, "Task_HandleObjection");

        // a message through REST by someone who did not receive the protocol: 400 in German
        Partner stranger = tx.execute(s -> partners.save(new Partner(Network.WILLKOMMENSKULTUR_LSA, "Fremd", "fremd-it@example.org",
                null, LocalDate.of(2026, 1, 15))));
        ResponseEntity<String> refused = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/message", Map.of(
                "messageName", ProtocolVariables.MESSAGE_OBJECTION, "processInstanceId", pi, "processVariables", Map.of(
                        ProtocolVariables.PARTNER_ID.name(), typed(stranger.getId(), "Long"),
                        ProtocolVariables.REASON.name(), typed("Ich auch", "String"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(refused).path("message").asText()).contains("nicht erhalten");

        // amend: version 2 to everyone, with a new deadline; the old link names the old version
        greenMail.purgeEmailFromAllMailboxes();
        ResponseEntity<String> amended = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + handleTask + "/complete",
                Map.of("variables", Map.of(ProtocolVariables.DECISION.name(), typed("amend", "String"),
                        ProtocolVariables.PROTOCOL_TEXT.name(), typed("Austausch über Kurse; TOP 1 berichtigt.", "String"))));
        assertThat(amended.getStatusCode()).as(amended.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(mailbox.recipientsOf(m -> m.getSubject().startsWith("Geändertes Ergebnisprotokoll (Fassung 2)")))
                        .containsExactlyInAnyOrderElementsOf(active));
        awaitTask(pi, "Task_RecordObjection");
        JsonNode version = api.json(api.call(COORDINATION, HttpMethod.GET, "/engine-rest/process-instance/" + pi
                + "/variables/" + ProtocolVariables.PROTOCOL_VERSION.name(), null));
        assertThat(version.path("value").asInt()).isEqualTo(2);
        JsonNode deadline = api.json(api.call(COORDINATION, HttpMethod.GET, "/engine-rest/process-instance/" + pi
                + "/variables/" + ProtocolVariables.OBJECTION_DEADLINE.name(), null));
        ProtocolProcedure procedure = service.forInstance(pi);
        assertThat(procedure.getVersion()).isEqualTo(2);
        assertThat(procedure.getPeriodEndsAt()).isEqualTo(service.period(Network.MIGRATION_SCHWERIN).end(procedure.getSentAt()))
                .isAfter(java.time.Instant.now().plus(Duration.ofDays(28)));
        assertThat(deadline.path("type").asText()).isEqualTo("Date");
        ResponseEntity<String> old = post(firstToken, "Zur alten Fassung", null);
        assertThat(old.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(old.getBody()).contains("früheren Fassung");
        String secondToken = token(members.get(1), "Geändertes Ergebnisprotokoll");
        assertThat(rest.getForEntity("/einspruch/" + secondToken, String.class).getBody()).contains("Einspruch erheben");

        // the Übersicht shows the protocol, its state and deadline
        ResponseEntity<String> overview = rest.withBasicAuth(COORDINATION, COORDINATION)
                .getForEntity("/uebersicht/" + Network.MIGRATION_SCHWERIN, String.class);
        assertThat(overview.getBody()).contains("Protokolle", "Einspruchsfrist läuft", "Treffen im IT");

        // the engine's clock passes the deadline: the timer confirms; the link is refused after the period
        ClockUtil.setCurrentTime(Date.from(procedure.getPeriodEndsAt().plusSeconds(60)));
        api.awaitCompleted(pi);
        assertThat(service.forInstance(pi).getStatus()).isEqualTo(ProcedureStatus.CONFIRMED);
        api.awaitCompleted(meetingPi);
        ResponseEntity<String> late = post(secondToken, "Zu spät", null);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(late.getBody()).contains("nicht (mehr) gültig");
    }

    private ResponseEntity<String> post(String token, String reason, String origin) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (origin != null) {
            headers.set("Origin", origin);
        }
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reason", reason);
        return rest.postForEntity("/einspruch/" + token, new HttpEntity<>(form, headers), String.class);
    }

    private String token(Partner partner, String subject) throws Exception {
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getSubject().startsWith(subject) && Mailbox.recipients(m).contains(partner.getEmail())) {
                Matcher matcher = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
                assertThat(matcher.find()).isTrue();
                return matcher.group(1);
            }
        }
        throw new AssertionError("no mail to " + partner.getEmail());
    }

    private String protocolInstance(String meetingPi) throws Exception {
        String[] id = new String[1];
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode list = api.json(api.call(COORDINATION, HttpMethod.GET,
                    "/engine-rest/process-instance?superProcessInstance=" + meetingPi, null));
            assertThat(list).hasSize(1);
            id[0] = list.get(0).path("id").asText();
        });
        return id[0];
    }

    private String awaitTask(String pi, String key) {
        String[] id = new String[1];
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode tasks = api.json(api.call(COORDINATION, HttpMethod.GET,
                    "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key, null));
            assertThat(tasks).hasSize(1);
            id[0] = tasks.get(0).path("id").asText();
        });
        return id[0];
    }

    private void complete(String pi, String key, Map<String, Object> variables) {
        String task = awaitTask(pi, key);
        ResponseEntity<String> done = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
                Map.of("variables", variables));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
