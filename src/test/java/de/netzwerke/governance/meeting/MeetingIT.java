package de.netzwerke.governance.meeting;

import static de.netzwerke.governance.meeting.MeetingVariables.*;
import static de.netzwerke.governance.testsupport.RestApi.ASYNC_TIMEOUT;
import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.Mailbox;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Process {@code Meeting} as an integrator and the Tasklist users drive it: HTTP with basic auth against the
 * Camunda REST API and {@code /api}, job executor running, e-mail to GreenMail. The Fachstelle plans a Tagung,
 * the Sprecher:innenrat co-prepares, every active partner is invited with an .ics and nobody removed, one partner
 * is excused, attendance is taken, a decision 4:3 is carried and one 3:3 rejected, the protocol PDF is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class MeetingIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    GreenMail greenMail;
    @Autowired
    PartnerRepository partners;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    ProtocolRepository protocols;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

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
    @DisplayName("T-1…T-4, SR-7: a Tagung through REST from plan to protocol, co-prepared by the Sprecher:innenrat, invitations with a valid .ics to every active partner")
    void tagungThroughRest() throws Exception {
        List<Partner> seven = tx.execute(s -> {
            List<Partner> list = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                Organisation org = organisations.save(new Organisation(Network.MIGRATION_SCHWERIN, "Tagungsträger " + i));
                list.add(partners.save(new Partner(Network.MIGRATION_SCHWERIN, "Tagungsgast " + i, "tagung" + i + "@example.org",
                        org, LocalDate.of(2026, 1, 15))));
            }
            Partner gone = partners.save(new Partner(Network.MIGRATION_SCHWERIN, "Ausgeschieden", "ausgeschieden@example.org",
                    null, LocalDate.of(2025, 1, 15)));
            list.add(gone);
            return list;
        });
        Partner removed = seven.remove(7);
        jdbc.update("update partner set status = 'REMOVED', removed_on = ? where id = ?", LocalDate.of(2026, 6, 1), removed.getId());
        ResponseEntity<String> verteiler = api.call(COORDINATION, HttpMethod.GET,
                "/api/networks/" + Network.MIGRATION_SCHWERIN + "/distribution-list", null);
        List<String> active = new ArrayList<>();
        api.json(verteiler).forEach(p -> active.add(p.path("email").asText()));
        assertThat(active).contains("tagung1@example.org").doesNotContain(removed.getEmail());
        Long tagungId = null;
        for (JsonNode b : api.json(api.call(COORDINATION, HttpMethod.GET, "/api/networks/" + Network.MIGRATION_SCHWERIN + "/bodies", null))) {
            if ("PLENARY".equals(b.path("kind").asText())) {
                tagungId = b.path("id").asLong();
            }
        }
        assertThat(tagungId).isNotNull();

        // plan (the Fachstelle), twenty minutes from now
        LocalDateTime start = LocalDateTime.now(Today.ZONE).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(BODY_ID.name(), typed(tagungId, "Long"));
        vars.put(TITLE.name(), typed("Tagung im Test", "String"));
        vars.put(STARTS_AT.name(), typed(start.toString(), "String"));
        vars.put(ENDS_AT.name(), typed(start.plusHours(4).toString(), "String"));
        vars.put(LOCATION.name(), typed("https://video.example.org/tagung", "String"));
        ResponseEntity<String> started = api.call(COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", Map.of("variables", vars));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String pi = api.json(started).path("id").asText();

        complete(COORDINATION, pi, "Task_PrepareAgenda", Map.of(
                itemTitle(1).name(), typed("Jahresthema", "String"), itemKind(1).name(), typed("DECISION", "String"),
                itemTitle(2).name(), typed("Termin der Herbsttagung", "String"), itemKind(2).name(), typed("DECISION", "String")));
        // the Sprecher:innenrat co-prepares (T-2); the Fachstelle cannot see its task
        assertThat(api.json(api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_CoPrepareAgenda", null))).isEmpty();
        complete("sprecherin", pi, "Task_CoPrepareAgenda", Map.of(
                itemTitle(1).name(), typed("Bericht des Sprecher:innenrats", "String"), itemKind(1).name(), typed("INFORMATION", "String"),
                AGENDA_APPROVED.name(), typed(true, "Boolean")));

        // invitations with a valid .ics to every active partner, nobody removed
        Mailbox mailbox = new Mailbox(greenMail);
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(mailbox.recipientsOf(m -> m.getSubject().startsWith("Einladung: Tagung"))).containsAll(active));
        assertThat(mailbox.recipientsOf(m -> true)).doesNotContain(removed.getEmail());
        MimeMessage invitation = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> Mailbox.subject(m).startsWith("Einladung")).findFirst().orElseThrow();
        VEvent event = MeetingProcessTest.parseIcs(invitation);
        assertThat(MeetingProcessTest.value(event, "LOCATION")).isEqualTo("https://video.example.org/tagung");
        assertThat(MeetingProcessTest.value(event, "DESCRIPTION")).contains("Jahresthema", "Bericht des Sprecher:innenrats");

        // an excuse by message
        Partner excused = partners.findByNetworkIdAndEmailKey(Network.MIGRATION_SCHWERIN, "j.berg@example.org").orElseThrow();
        ResponseEntity<String> excuse = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/message", Map.of(
                "messageName", MESSAGE_ABSENCE_EXCUSED, "processInstanceId", pi,
                "processVariables", Map.of(PARTNER_ID.name(), typed(excused.getId(), "Long"))));
        assertThat(excuse.getStatusCode().is2xxSuccessful()).as(excuse.getBody()).isTrue();

        // the meeting begins: the engine's clock moves to its start
        ClockUtil.setCurrentTime(Date.from(start.plusMinutes(1).atZone(Today.ZONE).toInstant()));
        String attendanceTask = awaitTask(COORDINATION, pi, "Task_RecordAttendance");
        String present = String.join(",", seven.stream().map(p -> String.valueOf(p.getId())).toList());
        ResponseEntity<String> done = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + attendanceTask + "/complete",
                Map.of("variables", Map.of(PRESENT_PARTNERS.name(), typed(present, "String"))));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // impossible counts are refused in German; 4:3 carried, 3:3 rejected
        String decisions = awaitTask(COORDINATION, pi, "Task_RecordDecisions");
        ResponseEntity<String> refused = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + decisions + "/complete",
                Map.of("variables", votes(6, 3, 3, 3)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.json(refused).path("message").asText()).contains("Jahresthema");
        done = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + decisions + "/complete",
                Map.of("variables", votes(4, 3, 3, 3)));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        complete(COORDINATION, pi, "Task_WriteProtocol", Map.of(PROTOCOL_TEXT.name(), typed("Ergebnisse wie beschlossen.", "String")));
        // the meeting waits at its call activity: ProtocolObjection sends the protocol to every active partner (T-5)
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(mailbox.recipientsOf(m -> m.getSubject().startsWith("Ergebnisprotokoll: Tagung"))).containsAll(active));

        // the mail leaves inside the sending job, whose transaction records PROTOCOL_SENT a moment later
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(meetingOf(pi).path("state").asText()).isEqualTo("PROTOCOL_SENT"));
        JsonNode meeting = meetingOf(pi);
        assertThat(meeting.path("present").asInt()).isEqualTo(7);
        assertThat(meeting.path("excused").asInt()).isEqualTo(1);
        // every active partner has an invitation row (those without e-mail address too)
        assertThat(meeting.path("invited").asInt()).isGreaterThanOrEqualTo(active.size());
        assertThat(meeting.path("agenda").get(0).path("outcome").asText()).isEqualTo("CARRIED");
        assertThat(meeting.path("agenda").get(1).path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(meeting.path("protocolVersions").get(0).asInt()).isEqualTo(1);
        Long meetingId = meeting.path("id").asLong();
        byte[] pdf = tx.execute(s -> protocols.findByMeetingIdOrderByVersion(meetingId).get(0).getPdf());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        // the calendar feed, parsed back
        ResponseEntity<String> feed = rest.withBasicAuth(COORDINATION, COORDINATION)
                .getForEntity("/api/networks/" + Network.MIGRATION_SCHWERIN + "/meetings.ics", String.class);
        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).anyMatch(e -> "Tagung: Tagung im Test".equals(MeetingProcessTest.value(e, "SUMMARY")));
        assertThat(rest.getForEntity("/api/networks/" + Network.MIGRATION_SCHWERIN + "/meetings.ics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static Map<String, Object> votes(int yes1, int no1, int yes2, int no2) {
        return Map.of(decisionYes(1).name(), typed(yes1, "Integer"), decisionNo(1).name(), typed(no1, "Integer"),
                decisionYes(2).name(), typed(yes2, "Integer"), decisionNo(2).name(), typed(no2, "Integer"));
    }

    private String awaitTask(String user, String pi, String key) {
        String[] id = new String[1];
        await().atMost(ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode tasks = api.json(api.call(user, HttpMethod.GET,
                    "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key, null));
            assertThat(tasks).hasSize(1);
            id[0] = tasks.get(0).path("id").asText();
        });
        return id[0];
    }

    private void complete(String user, String pi, String key, Map<String, Object> variables) {
        String task = awaitTask(user, pi, key);
        ResponseEntity<String> done = api.call(user, HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
                Map.of("variables", variables));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The meeting of a process instance as {@code GET /api/networks/{id}/meetings} lists it. */
    private JsonNode meetingOf(String pi) throws Exception {
        for (JsonNode m : api.json(api.call(COORDINATION, HttpMethod.GET, "/api/networks/" + Network.MIGRATION_SCHWERIN + "/meetings", null))) {
            if (pi.equals(m.path("processInstanceId").asText())) {
                return m;
            }
        }
        throw new AssertionError("no meeting for instance " + pi);
    }
}
