package de.netzwerke.governance.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Today;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.Mailbox;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 13 through REST and the real pages, job executor running, e-mail to GreenMail: apply on the public page,
 * confirm by the link of the e-mail, admitted by the Fachstelle; a list of 50 partners imported, refused whole for
 * one bad row, then in; meetings recorded after the fact give one partner one unexcused absence over 13 months; the
 * review flags exactly that partner; the confirmed removal deletes name and address from the register and leaves
 * nothing in Camunda's history; partners who left (by the link, by the Fachstelle, by the review) get no more mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class MembershipIT {

    private static final String NET = Network.MIGRATION_SCHWERIN;
    private static final Duration ASYNC = RestApi.ASYNC_TIMEOUT;
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    MembershipLinks links;
    @Autowired
    Today today;

    private RestApi api;
    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void setUp() throws Exception {
        api = new RestApi(rest);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    @DisplayName("M-1, M-2, W-1: apply, confirm and admit; import 50 (one bad row refuses all); one unexcused absence over 13 months flags exactly that partner; removal erases them everywhere; who left gets no more mail")
    void joinImportReviewAndLeave() throws Exception {
        // --- M-1: apply on the public page (without login), German and escaped, CSRF-guarded
        Browser browser = new Browser();
        ResponseEntity<String> form = browser.get("/mitmachen/" + NET);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("Mitmachen im", "Ich willige ein", "Fachstelle Chancengleichheit");
        assertThat(browser.post("/mitmachen/" + NET, Map.of("name", "X", "email", "x@example.org", "consent", "ja"), "forged")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = browser.post("/mitmachen/" + NET, Map.of("name", "<b>Jana</b>", "email",
                "kein-at<script>", "consent", "ja"), browser.token(form));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("keine gültige E-Mail-Adresse", "&lt;b&gt;Jana&lt;/b&gt;")
                .doesNotContain("<b>Jana</b>", "<script>");
        String applicant = "jana.berg." + run + "@example.org";
        ResponseEntity<String> noConsent = browser.post("/mitmachen/" + NET, Map.of("name", "Jana Berg-" + run, "email", applicant),
                browser.token(bad));
        assertThat(noConsent.getBody()).contains("Einwilligung");
        ResponseEntity<String> sent = browser.post("/mitmachen/" + NET, Map.of("name", "Jana Berg-" + run, "email", applicant,
                "organisation", "Jobcenter Schwerin " + run, "motivation", "Wir beraten Zugewanderte.", "consent", "ja"),
                browser.token(noConsent));
        assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody()).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse");

        // --- the confirmation link of the e-mail: a page, then the button; twice, forged: clear German pages
        String confirmMail = awaitMail(applicant, "Bitte bestätigen Sie Ihre E-Mail-Adresse");
        String confirmPath = path(confirmMail, "/mitmachen/bestaetigen/");
        Long applicationId = links.applicationOf(confirmPath.substring(confirmPath.lastIndexOf('/') + 1), today.now()).orElseThrow();
        Browser clicker = new Browser();
        ResponseEntity<String> confirmPage = clicker.get(confirmPath);
        assertThat(confirmPage.getBody()).contains("E-Mail-Adresse bestätigen");
        ResponseEntity<String> confirmed = clicker.post(confirmPath, Map.of(), clicker.token(confirmPage));
        assertThat(confirmed.getBody()).contains("Ihre E-Mail-Adresse ist bestätigt");
        assertThat(clicker.get(confirmPath).getBody()).contains("bereits bestätigt");
        ResponseEntity<String> forged = clicker.get(forge(confirmPath));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(forged.getBody()).contains("ungültig oder abgelaufen");

        // --- the Fachstelle admits through REST; the welcome mail carries the documents and the leave link
        String admissionPi = onlyInstance("PartnerAdmission", "Aufnahme " + applicationId);
        completeTask(admissionPi, "Task_DecideAdmission", Map.of("decision", RestApi.typed("admit", "String")));
        String welcome = awaitMail(applicant, "Willkommen im Netzwerk");
        assertThat(welcome).contains("Vorlagen und Checklisten", "/austreten/");
        Long applicantId = jdbc.queryForObject("select partner_id from partner_application where id = ?", Long.class, applicationId);

        // --- M-1: import 50 partners; one bad row refuses the whole file and names its line
        LocalDate longAgo = today.date().minusYears(2);
        List<String> lines = new ArrayList<>(List.of("Name;E-Mail;Organisation;Mitglied seit"));
        IntStream.rangeClosed(1, 50).forEach(i -> lines.add("Partner " + i + " " + run + ";p" + i + "." + run
                + "@example.org;" + (i % 3 == 0 ? "" : "Träger " + (i % 7) + " " + run) + ";"
                + longAgo.plusDays(i).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        String good27 = lines.get(27);
        lines.set(27, "Partner 27 " + run + ";p27." + run + "@example;Träger;");
        ResponseEntity<String> refused = importCsv(RestApi.COORDINATION, String.join("\r\n", lines));
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problems = api.json(refused).path("problems");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path("line").asInt()).isEqualTo(28);
        assertThat(problems.get(0).path("message").asText()).contains("Zeile 28", "keine gültige E-Mail-Adresse");
        assertThat(countPartners("p%." + run + "@example.org")).isZero();
        assertThat(importCsv(RestApi.PARTNER, String.join("\n", lines)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        lines.set(27, good27);
        ResponseEntity<String> imported = importCsv(RestApi.COORDINATION, String.join("\r\n", lines));
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(api.json(imported).path("imported").asInt()).isEqualTo(50);
        assertThat(countPartners("p%." + run + "@example.org")).isEqualTo(50);
        assertThat(importCsv(RestApi.COORDINATION, String.join("\n", lines.subList(0, 3))).getBody())
                .contains("Zeile 2", "bereits Netzwerkpartner:in");
        // the upload page of the Fachstelle: the same check, the report per line in German
        Browser fachstelle = new Browser(RestApi.COORDINATION);
        ResponseEntity<String> uploadPage = fachstelle.get("/uebersicht/" + NET + "/import");
        assertThat(uploadPage.getBody()).contains("Verteiler importieren", "Mitglied seit");
        ResponseEntity<String> uploaded = fachstelle.upload("/uebersicht/" + NET + "/import",
                "Name;E-Mail\nNeu " + run + ";neu." + run + "@example.org\nDoppelt;p1." + run + "@example.org\n",
                fachstelle.token(uploadPage));
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(uploaded.getBody()).contains("Nichts importiert", "Zeile 3: „p1." + run + "@example.org“ ist bereits");
        assertThat(countPartners("neu." + run + "@example.org")).isZero();
        assertThat(new Browser(RestApi.PARTNER).get("/uebersicht/" + NET + "/import").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        Long absent = partnerId("p7." + run + "@example.org");
        Long other = partnerId("p8." + run + "@example.org");
        Long toldUs = partnerId("p9." + run + "@example.org");
        assertThat(jdbc.queryForObject("select joined_on from partner where id = ?", LocalDate.class, absent))
                .isEqualTo(longAgo.plusDays(7));

        // --- meetings recorded after the fact: 13 months ago everybody was there; 6 months ago all but the absent
        // partner (unexcused); 2 months ago all but them (excused)
        LocalDate day = today.date();
        recordTagung(day.minusMonths(13), List.of(), List.of());
        recordTagung(day.minusMonths(6), List.of(absent), List.of());
        recordTagung(day.minusMonths(2), List.of(), List.of(absent));

        // --- M-2: the review flags exactly that partner
        ResponseEntity<String> started = api.call(RestApi.COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/MembershipReview/start", Map.of("variables",
                        Map.of("networkId", RestApi.typed(NET, "String"))));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String reviewPi = api.json(started).path("id").asText();
        String confirmTask = awaitTask(reviewPi, "Task_ConfirmRemovals");
        JsonNode flagged = api.json(api.call(RestApi.COORDINATION, HttpMethod.GET,
                "/engine-rest/process-instance/" + reviewPi + "/variables/flaggedPartnerIds?deserializeValue=false", null)).path("value");
        List<Long> flaggedIds = new ArrayList<>();
        (flagged.isTextual() ? api.json(flagged.asText()) : flagged).forEach(n -> flaggedIds.add(n.asLong()));
        assertThat(flaggedIds).as(flagged.toString()).containsExactly(absent);
        JsonNode facts = api.json(api.call(RestApi.COORDINATION, HttpMethod.GET, "/engine-rest/task/" + confirmTask
                + "/localVariables", null));
        assertThat(facts.path("partner1Facts").path("value").asText()).contains("Partner 7 " + run, "1 unentschuldigt",
                "1 entschuldigt");
        completeTask(reviewPi, "Task_ConfirmRemovals", Map.of("removePartnerIds", RestApi.typed(String.valueOf(absent), "String")));
        api.awaitCompleted(reviewPi);
        awaitMail("p7." + run + "@example.org", "Ihre Teilnahme am Netzwerk endet");

        // --- confirmation deleted name and address from the register and left nothing in Camunda's history
        Map<String, Object> row = jdbc.queryForMap("select name, email, email_key, status from partner where id = ?", absent);
        assertThat(row.get("STATUS")).isEqualTo("REMOVED");
        assertThat(row.get("EMAIL")).isNull();
        assertThat(row.get("EMAIL_KEY")).isNull();
        assertThat((String) row.get("NAME")).doesNotContain("Partner 7");
        assertThat(historyTexts()).noneMatch(t -> t.contains("Partner 7 " + run) || t.contains("p7." + run)
                || t.contains("Jana Berg-" + run) || t.contains(applicant));

        // --- W-1: the applicant leaves by the link of the welcome mail; the Fachstelle records that p9 left
        String leavePath = path(welcome, "/austreten/");
        Browser leaver = new Browser();
        ResponseEntity<String> leavePage = leaver.get(leavePath);
        assertThat(leavePage.getBody()).contains("Jetzt austreten");
        assertThat(leaver.post(leavePath, Map.of(), leaver.token(leavePage)).getBody()).contains("Sie sind ausgetreten");
        assertThat(leaver.get(leavePath).getBody()).contains("bereits ausgetreten");
        assertThat(jdbc.queryForObject("select email from partner where id = ?", String.class, applicantId)).isNull();
        assertThat(api.call(RestApi.PARTNER, HttpMethod.POST, "/api/networks/" + NET + "/partners/" + toldUs + "/leave", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> left = api.call(RestApi.COORDINATION, HttpMethod.POST, "/api/networks/" + NET + "/partners/"
                + toldUs + "/leave", null);
        assertThat(left.getStatusCode()).as(left.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(api.call(RestApi.COORDINATION, HttpMethod.POST, "/api/networks/" + NET + "/partners/" + toldUs + "/leave",
                null).getBody()).contains("bereits ausgetreten");

        // --- the next Tagung's invitation reaches p8 (with their leave link), none of the three who left
        greenMail.purgeEmailFromAllMailboxes();
        String next = startTagung(day.plusMonths(2), "Herbsttagung " + run);
        completeTask(next, "Task_PrepareAgenda", Map.of("item1Title", RestApi.typed("Berichte", "String"),
                "item1Kind", RestApi.typed("INFORMATION", "String")));
        String coPrepare = awaitTask("sprecherin", next, "Task_CoPrepareAgenda");
        ResponseEntity<String> approved = rest.withBasicAuth("sprecherin", "sprecherin").exchange("/engine-rest/task/"
                + coPrepare + "/complete", HttpMethod.POST, json(Map.of("variables", Map.of("agendaApproved",
                RestApi.typed(true, "Boolean")))), String.class);
        assertThat(approved.getStatusCode().is2xxSuccessful()).as(approved.getBody()).isTrue();
        String invitation = awaitMail("p8." + run + "@example.org", "Einladung");
        assertThat(invitation).contains("/austreten/");
        Mailbox mailbox = new Mailbox(greenMail);
        List<String> invited = mailbox.recipientsOf(m -> Mailbox.subject(m).startsWith("Einladung"));
        assertThat(invited).contains("p8." + run + "@example.org")
                .doesNotContain("p7." + run + "@example.org", "p9." + run + "@example.org", applicant);
        api.call(RestApi.COORDINATION, HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "Msg_MeetingCancelled",
                "processInstanceId", next));
    }

    // --- the meetings (process Meeting, REST contract „Meeting“)

    private void recordTagung(LocalDate on, List<Long> unexcused, List<Long> excused) throws Exception {
        String pi = startTagung(on, "Tagung " + on + " " + run);
        completeTask(pi, "Task_PrepareAgenda", Map.of("item1Title", RestApi.typed("Berichte", "String"),
                "item1Kind", RestApi.typed("INFORMATION", "String")));
        awaitTask(pi, "Task_RecordAttendance");
        Long meetingId = jdbc.queryForObject("select id from meeting where process_instance_id = ?", Long.class, pi);
        List<Long> invitees = jdbc.queryForList("select partner_id from meeting_attendance where meeting_id = ?", Long.class,
                meetingId);
        List<Long> present = invitees.stream().filter(id -> !unexcused.contains(id) && !excused.contains(id)).toList();
        Map<String, Object> vars = new HashMap<>();
        vars.put("presentPartners", RestApi.typed(present.stream().map(String::valueOf).collect(Collectors.joining(",")), "String"));
        if (!excused.isEmpty()) {
            vars.put("excusedPartners", RestApi.typed(excused.stream().map(String::valueOf).collect(Collectors.joining(",")), "String"));
        }
        completeTask(pi, "Task_RecordAttendance", vars);
        completeTask(pi, "Task_WriteProtocol", Map.of("protocolText", RestApi.typed("Nachträglich erfasst.", "String")));
        // the protocol goes out (ProtocolObjection); the meeting then waits for its objection period
        await().atMost(RestApi.ASYNC_TIMEOUT).until(() -> "PROTOCOL_SENT".equals(
                jdbc.queryForObject("select state from meeting where id = ?", String.class, meetingId)));
    }

    private String startTagung(LocalDate on, String title) throws Exception {
        JsonNode bodies = api.json(api.call(RestApi.COORDINATION, HttpMethod.GET, "/api/networks/" + NET + "/bodies", null));
        long tagung = -1;
        for (JsonNode b : bodies) {
            if ("PLENARY".equals(b.path("kind").asText())) {
                tagung = b.path("id").asLong();
            }
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("bodyId", RestApi.typed(tagung, "Long"));
        vars.put("title", RestApi.typed(title, "String"));
        vars.put("startsAt", RestApi.typed(LocalDateTime.of(on, java.time.LocalTime.of(10, 0)).toString(), "String"));
        vars.put("endsAt", RestApi.typed(LocalDateTime.of(on, java.time.LocalTime.of(16, 0)).toString(), "String"));
        vars.put("location", RestApi.typed("Rathaus Schwerin", "String"));
        ResponseEntity<String> started = api.call(RestApi.COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/Meeting/start", Map.of("variables", vars));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(started).path("id").asText();
    }

    // --- REST helpers

    private ResponseEntity<String> importCsv(String user, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return rest.withBasicAuth(user, user).exchange("/api/networks/" + NET + "/partners/import", HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers), String.class);
    }

    private String awaitTask(String pi, String key) {
        return awaitTask(RestApi.COORDINATION, pi, key);
    }

    private String awaitTask(String user, String pi, String key) {
        String[] id = new String[1];
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode tasks = api.json(api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceId="
                    + pi + "&taskDefinitionKey=" + key, null));
            assertThat(tasks).as("task " + key).hasSize(1);
            id[0] = tasks.get(0).path("id").asText();
        });
        return id[0];
    }

    private void completeTask(String pi, String key, Map<String, Object> variables) throws Exception {
        String task = awaitTask(pi, key);
        ResponseEntity<String> done = api.call(RestApi.COORDINATION, HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
                Map.of("variables", variables));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(key + ": " + done.getBody()).isTrue();
    }

    private String onlyInstance(String key, String businessKey) throws Exception {
        JsonNode list = api.json(api.call(RestApi.COORDINATION, HttpMethod.GET, "/engine-rest/process-instance?processDefinitionKey="
                + key + "&businessKey=" + businessKey, null));
        assertThat(list).hasSize(1);
        return list.get(0).path("id").asText();
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private int countPartners(String emailLike) {
        return jdbc.queryForObject("select count(*) from partner where network_id = ? and email like ?", Integer.class, NET,
                emailLike);
    }

    private Long partnerId(String email) {
        return jdbc.queryForObject("select id from partner where network_id = ? and email = ?", Long.class, NET, email);
    }

    /** Every text Camunda's history holds: variables and their updates, task names and descriptions. */
    private List<String> historyTexts() {
        List<String> texts = new ArrayList<>();
        history.createHistoricVariableInstanceQuery().list().forEach(v -> texts.add(v.getName() + "=" + v.getValue()));
        history.createHistoricDetailQuery().list().forEach(d -> texts.add(d instanceof HistoricVariableUpdate u
                ? String.valueOf(u.getValue()) : String.valueOf(d)));
        history.createHistoricTaskInstanceQuery().list().forEach(t -> texts.add(t.getName() + " " + t.getDescription()));
        history.createHistoricProcessInstanceQuery().list().forEach(p -> texts.add(String.valueOf(p.getBusinessKey())));
        assertThat(texts).isNotEmpty();
        return texts;
    }

    // --- e-mail

    private String awaitMail(String to, String subjectStart) {
        String[] text = new String[1];
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<String> found = new ArrayList<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (Mailbox.subject(m).startsWith(subjectStart)
                        && Mailbox.recipients(m).stream().anyMatch(r -> r.equalsIgnoreCase(to))) {
                    found.add(body(m));
                }
            }
            assertThat(found).as("mail „" + subjectStart + "“ to " + to).hasSize(1);
            text[0] = found.get(0);
        });
        return text[0];
    }

    private static String body(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            Object part = multipart.getBodyPart(i).getContent();
            if (part instanceof String s) {
                all.append(s);
            } else if (part instanceof jakarta.mail.Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).getContent() instanceof String s) {
                        all.append(s);
                    }
                }
            }
        }
        return all.toString();
    }

    /** The path of the first link in a mail that contains {@code marker}. */
    private static String path(String mail, String marker) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(marker) + "[A-Za-z0-9_.=-]+)").matcher(mail);
        assertThat(m.find()).as("link " + marker + " in " + mail).isTrue();
        return m.group(1);
    }

    /** A browser (without login, or with a user's basic credentials): keeps the form cookie and sends the form's token. */
    private class Browser {
        private final String user;
        private String cookie;

        Browser() {
            this(null);
        }

        Browser(String user) {
            this.user = user;
        }

        private TestRestTemplate client() {
            return user == null ? rest : rest.withBasicAuth(user, user);
        }

        ResponseEntity<String> upload(String path, String csv, String token) {
            MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("_form", token);
            form.add("file", new org.springframework.core.io.ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "verteiler.csv";
                }
            });
            HttpHeaders headers = headers();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<String> r = client().exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
            keep(r);
            return r;
        }

        ResponseEntity<String> get(String path) {
            ResponseEntity<String> r = client().exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
            keep(r);
            return r;
        }

        ResponseEntity<String> post(String path, Map<String, String> fields, String token) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            fields.forEach(form::add);
            form.add("_form", token);
            HttpHeaders headers = headers();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            ResponseEntity<String> r = client().exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
            keep(r);
            return r;
        }

        String token(ResponseEntity<String> page) {
            Matcher m = FORM_TOKEN.matcher(page.getBody());
            assertThat(m.find()).as("form token in " + page.getBody()).isTrue();
            return m.group(1);
        }

        private HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.setAccept(List.of(MediaType.TEXT_HTML));
            if (cookie != null) {
                headers.add(HttpHeaders.COOKIE, cookie);
            }
            return headers;
        }

        private void keep(ResponseEntity<String> r) {
            List<String> set = r.getHeaders().get(HttpHeaders.SET_COOKIE);
            if (set != null) {
                set.stream().filter(c -> c.startsWith("governance_form=")).findFirst()
                        .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            }
        }
    }

    /** The link with one character of its signature changed (never the same token). */
    private static String forge(String path) {
        char c = path.charAt(path.length() - 5);
        return path.substring(0, path.length() - 5) + (c == 'A' ? 'B' : 'A') + path.substring(path.length() - 4);
    }
}
