package de.netzwerke.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import de.netzwerke.governance.funding.FundingVariables;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Decisions by digital vote end to end, through Camunda's REST API, the e-mailed links and the real ballot page:
 * a rules change among 9 partners with 6 yes is carried (3·6 ≥ 2·9) and the coordination reviews the settings;
 * with 5 yes it is not; a funding application on which the Sprecher:innenrat votes 3:3 is rejected (SR-7) and the
 * applicant learns it. Each case uses a network of its own, so its electorate is exactly the partners made here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class DecisionsByDigitalVoteIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/abstimmung\\?t=\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GreenMail greenMail;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("G-1: a rules change, 9 partners vote on the ballot page, 6 yes: carried, new version in the register, every partner mailed, settings reviewed")
    void rulesChangeSixOfNineCarried() throws Exception {
        String network = "it-rules-six";
        partners(network, 9);
        String pi = proposeRulesChange(network, "Neufassung § 3.2 (IT)");
        List<String> links = ballotLinks(network, 9);
        assertThat(get(links.get(0)).body()).contains("Neufassung § 3.2 (IT)", "Zwei-Drittel-Mehrheit");
        for (int i = 0; i < 9; i++) {
            assertThat(postForm(links.get(i), i < 6 ? "YES" : "NO").body()).contains("Ihre Stimme ist abgegeben");
        }
        RestApi api = new RestApi(rest);
        JsonNode task = awaitTask(pi, "Task_ReviewProfileSettings");
        assertThat(task.path("name").asText()).startsWith("Einstellungen des Regelprofils prüfen – Geschäftsordnung, Version 2 vom ");
        assertThat(jdbc.queryForObject("select count(*) from rules_version where network_id = ? and version_number = 2",
                Integer.class, network)).isOne();
        await().atMost(RestApi.ASYNC_TIMEOUT).until(() -> mails(network, "Änderung der Geschäftsordnung angenommen").size() == 9);
        ResponseEntity<String> done = api.call(RestApi.COORDINATION, HttpMethod.POST,
                "/engine-rest/task/" + task.path("id").asText() + "/complete",
                Map.of("variables", Map.of(RulesVariables.SETTINGS_REVIEWED.name(), RestApi.typed(true, "Boolean"))));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
        api.awaitCompleted(pi);
        assertThat(api.historicVariable(pi, "yes").orElseThrow().asInt()).isEqualTo(6);
        assertThat(api.historicVariable(pi, "n").orElseThrow().asInt()).isEqualTo(9);
        assertThat(api.historicVariable(pi, "carried").orElseThrow().asBoolean()).isTrue();
    }

    @Test
    @DisplayName("G-1: a rules change with 5 yes of 9 is not carried; the rules stay as they are and every partner learns it")
    void rulesChangeFiveOfNineRejected() throws Exception {
        String network = "it-rules-five";
        partners(network, 9);
        String pi = proposeRulesChange(network, "Neufassung § 4 (IT)");
        List<String> links = ballotLinks(network, 9);
        for (int i = 0; i < 9; i++) {
            assertThat(postForm(links.get(i), i < 5 ? "YES" : "NO").statusCode()).isEqualTo(200);
        }
        RestApi api = new RestApi(rest);
        api.awaitCompleted(pi);
        assertThat(api.historicVariable(pi, "carried").orElseThrow().asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from rules_version where network_id = ?", Integer.class, network)).isZero();
        await().atMost(RestApi.ASYNC_TIMEOUT).until(() -> mails(network, "Änderung der Geschäftsordnung abgelehnt").size() == 9);
    }

    @Test
    @DisplayName("SR-3, SR-7: a funding application, statement drafted through REST, the Sprecher:innenrat votes 3:3 on the ballot page: rejected, applicant mailed; a reused link is refused")
    void fundingApplicationTieRejected() throws Exception {
        String network = "it-funding-tie";
        List<Long> members = partners(network, 6);
        jdbc.update("insert into body (network_id, kind, name, status, established_on) values (?, 'SPEAKERS_COUNCIL', "
                + "'Sprecher:innenrat', 'ACTIVE', ?)", network, LocalDate.of(2024, 1, 1));
        for (int i = 0; i < 6; i++) {
            jdbc.update("insert into body (network_id, kind, name, status, established_on) values (?, 'WORKING_TABLE', ?, "
                    + "'ACTIVE', ?)", network, "Arbeitstisch IT " + i, LocalDate.of(2024, 1, 1));
            Long table = jdbc.queryForObject("select id from body where network_id = ? and name = ?", Long.class, network,
                    "Arbeitstisch IT " + i);
            jdbc.update("insert into office (body_id, partner_id, kind, term_start, term_end) values (?, ?, "
                    + "'SPEAKERS_COUNCIL_MEMBER', ?, ?)", table, members.get(i), LocalDate.of(2024, 1, 1), LocalDate.of(2099, 1, 1));
        }
        RestApi api = new RestApi(rest);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(FundingVariables.NETWORK_ID.name(), RestApi.typed(network, "String"));
        v.put(FundingVariables.ORGANISATION.name(), RestApi.typed("Verein Brücke e. V.", "String"));
        v.put(FundingVariables.PROGRAMME.name(), RestApi.typed("Integrationsfonds", "String"));
        v.put(FundingVariables.TITLE.name(), RestApi.typed("Sprachpatenschaften", "String"));
        v.put(FundingVariables.AMOUNT.name(), RestApi.typed("4.800", "String"));
        v.put(FundingVariables.FUNDER_DEADLINE.name(), RestApi.typed(LocalDate.now().plusDays(30).toString(), "String"));
        v.put(FundingVariables.ATTACHMENT_LINK.name(), RestApi.typed("https://cloud.example.org/bruecke", "String"));
        v.put(FundingVariables.APPLICANT_EMAIL.name(), RestApi.typed("antrag@bruecke-" + network + ".example.org", "String"));
        ResponseEntity<String> started = api.call(RestApi.COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + FundingVariables.PROCESS_KEY + "/start", Map.of("variables", v));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String pi = api.json(started).path("id").asText();

        JsonNode draft = awaitTask(pi, "Task_DraftStatement");
        assertThat(draft.path("name").asText()).startsWith("Stellungnahme entwerfen – Förderantrag Sprachpatenschaften");
        ResponseEntity<String> done = api.call(RestApi.COORDINATION, HttpMethod.POST,
                "/engine-rest/task/" + draft.path("id").asText() + "/complete", Map.of("variables", Map.of(
                        FundingVariables.STATEMENT.name(), RestApi.typed("Wir unterstützen die Patenschaften.", "String"))));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();

        List<String> links = ballotLinks(network, 6);
        assertThat(get(links.get(0)).body()).contains("Sprachpatenschaften", "einfache Mehrheit");
        for (int i = 0; i < 6; i++) {
            assertThat(postForm(links.get(i), i < 3 ? "YES" : "NO").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> again = postForm(links.get(0), "NO");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("bereits abgestimmt");
        api.awaitCompleted(pi);
        assertThat(api.historicVariable(pi, "yes").orElseThrow().asInt()).isEqualTo(3);
        assertThat(api.historicVariable(pi, "no").orElseThrow().asInt()).isEqualTo(3);
        assertThat(api.historicVariable(pi, "carried").orElseThrow().asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("select status from funding_application where process_instance_id = ?", String.class, pi))
                .isEqualTo("REJECTED");
        List<MimeMessage> toApplicant = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals("antrag@bruecke-" + network + ".example.org")) {
                toApplicant.add(m);
            }
        }
        assertThat(toApplicant).hasSize(1);
        assertThat(toApplicant.get(0).getContent().toString()).contains("befürwortet nicht", "Ja: 3, Nein: 3",
                "Wir unterstützen die Patenschaften.");
    }

    /** A network of its own with {@code count} active partners (its electorate). */
    List<Long> partners(String network, int count) {
        jdbc.update("insert into network (id, name, short_name, document_kind, in_force_since) values (?, ?, ?, ?, ?)",
                network, "Testnetz " + network, network, "Geschäftsordnung", LocalDate.of(2024, 1, 1));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "v" + i + "@" + network + ".example.org";
            jdbc.update("insert into partner (network_id, name, email, email_key, status, joined_on) values (?, ?, ?, ?, 'ACTIVE', ?)",
                    network, "Partner:in " + i, email, email, LocalDate.of(2024, 1, 1));
            ids.add(jdbc.queryForObject("select id from partner where email = ?", Long.class, email));
        }
        return ids;
    }

    String proposeRulesChange(String network, String title) throws Exception {
        RestApi api = new RestApi(rest);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(RulesVariables.NETWORK_ID.name(), RestApi.typed(network, "String"));
        v.put(RulesVariables.TITLE.name(), RestApi.typed(title, "String"));
        v.put(RulesVariables.PASSAGES.name(), RestApi.typed("§ 3.2 Satz 1 erhält folgende Fassung: „…“", "String"));
        v.put(RulesVariables.REASON.name(), RestApi.typed("Beschluss der Tagung umsetzen.", "String"));
        ResponseEntity<String> started = api.call(RestApi.COORDINATION, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + RulesVariables.PROCESS_KEY + "/start", Map.of("variables", v));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return api.json(started).path("id").asText();
    }

    JsonNode awaitTask(String pi, String taskKey) throws Exception {
        RestApi api = new RestApi(rest);
        String[] body = new String[1];
        await().atMost(RestApi.ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            body[0] = api.call(RestApi.COORDINATION, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + pi
                    + "&taskDefinitionKey=" + taskKey, null).getBody();
            return body[0] != null && body[0].startsWith("[{");
        });
        return api.json(body[0]).get(0);
    }

    /** The personal links of the e-mails „Digitale Abstimmung …“ to the network's partners. */
    List<String> ballotLinks(String network, int count) throws Exception {
        await().atMost(RestApi.ASYNC_TIMEOUT).until(() -> mails(network, "Digitale Abstimmung").size() == count);
        List<String> links = new ArrayList<>();
        for (MimeMessage m : mails(network, "Digitale Abstimmung")) {
            Matcher link = LINK.matcher(m.getContent().toString());
            assertThat(link.find()).as("link in the e-mail").isTrue();
            links.add(link.group(1).replaceFirst("http://[^/]+", "http://localhost:" + port));
        }
        return links;
    }

    List<MimeMessage> mails(String network, String subjectStart) throws Exception {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().endsWith("@" + network + ".example.org")
                    && m.getSubject().startsWith(subjectStart)) {
                result.add(m);
            }
        }
        return result;
    }

    HttpResponse<String> get(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String link, String choice) throws Exception {
        String token = link.substring(link.indexOf("?t=") + 3);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/abstimmung"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("t=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&choice=" + choice)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
