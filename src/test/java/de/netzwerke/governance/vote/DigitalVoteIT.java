package de.netzwerke.governance.vote;

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
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Digital votes end to end (G-1): the links arrive by e-mail, the German ballot page shows the question, votes are
 * cast through the page's form, the count comes through the vote API. 9 voters, 6 yes → carried (3·6 ≥ 2·9);
 * 5 yes → not; a reused link and a late vote are refused; who voted is for the coordination only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class DigitalVoteIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/abstimmung\\?t=\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    GreenMail greenMail;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("G-1: 9 partners vote through the ballot page, 6 yes: carried; the reused link is refused and changes nothing")
    void sixOfNineCarried() throws Exception {
        List<String> links = open("it-vote-six", "Neufassung § 3.2 (digital)");
        HttpResponse<String> page = get(links.get(0));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Neufassung § 3.2 (digital)", "Ja", "Nein", "Enthaltung", "Zwei-Drittel-Mehrheit");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        for (int i = 0; i < 9; i++) {
            HttpResponse<String> cast = postForm(links.get(i), i < 6 ? "YES" : "NO");
            assertThat(cast.statusCode()).as(cast.body()).isEqualTo(200);
            assertThat(cast.body()).contains("Ihre Stimme ist abgegeben");
        }
        HttpResponse<String> again = postForm(links.get(0), "NO");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("bereits abgestimmt");
        JsonNode vote = awaitCounted(voteIdOf("it-vote-six"));
        assertThat(vote.path("yes").asInt()).isEqualTo(6);
        assertThat(vote.path("no").asInt()).isEqualTo(3);
        assertThat(vote.path("n").asInt()).isEqualTo(9);
        assertThat(vote.path("carried").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("G-1: 5 yes is not two thirds; a vote after the end is refused; a forged link and another site's post too")
    void fiveYesNotCarriedLateVoteRefused() throws Exception {
        List<String> links = open("it-vote-five", "Neufassung § 4 (digital)");
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> cast = postForm(links.get(i), i < 5 ? "YES" : "NO");
            assertThat(cast.statusCode()).as(cast.body()).isEqualTo(200);
        }
        String link = links.get(8);
        char c = link.charAt(link.length() - 5);
        String forged = link.substring(0, link.length() - 5) + (c == 'A' ? 'B' : 'A') + link.substring(link.length() - 4);
        assertThat(postForm(forged, "YES").body()).contains("ungültig");
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/abstimmung"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("t=" + token(links.get(8)) + "&choice=YES")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(400);
        Long voteId = voteIdOf("it-vote-five");
        Date deadline = jdbc.queryForObject("select deadline from digital_vote where id = ?", Date.class, voteId);
        ClockUtil.setCurrentTime(new Date(deadline.getTime() + 60_000));
        HttpResponse<String> late = postForm(links.get(8), "YES");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("zu Ende gegangen");
        JsonNode vote = awaitCounted(voteId);
        assertThat(vote.path("yes").asInt()).isEqualTo(5);
        assertThat(vote.path("n").asInt()).isEqualTo(8);
        assertThat(vote.path("carried").asBoolean()).isFalse();
        // who voted: the coordination sees it, a partner does not
        RestApi api = new RestApi(rest);
        JsonNode voters = api.json(api.call(RestApi.COORDINATION, HttpMethod.GET, "/api/votes/" + voteId + "/voters", null));
        assertThat(voters).hasSize(9);
        assertThat(voters.toString()).doesNotContain("YES").doesNotContain("choice");
        assertThat(api.call(RestApi.PARTNER, HttpMethod.GET, "/api/votes/" + voteId + "/voters", null).getStatusCode().value())
                .isEqualTo(403);
    }

    /** A network of 9 partners, a DigitalVote of all of them (2/3), and the 9 personal links from the e-mails. */
    List<String> open(String networkId, String question) throws Exception {
        jdbc.update("insert into network (id, name, short_name, document_kind, in_force_since) values (?, ?, ?, ?, ?)",
                networkId, "Testnetz " + networkId, networkId, "Geschäftsordnung", LocalDate.of(2024, 1, 1));
        for (int i = 0; i < 9; i++) {
            String email = "v" + i + "@" + networkId + ".example.org";
            jdbc.update("insert into partner (network_id, name, email, email_key, status, joined_on) values (?, ?, ?, ?, 'ACTIVE', ?)",
                    networkId, "Partner:in " + i, email, email, LocalDate.of(2024, 1, 1));
        }
        ProcessInstance pi = runtime.startProcessInstanceByKey(DigitalVoteCall.PROCESS_KEY, Map.of(
                DigitalVoteCall.NETWORK_ID.name(), networkId, DigitalVoteCall.VOTE_QUESTION.name(), question,
                DigitalVoteCall.ELECTORATE.name(), "ALL_PARTNERS", DigitalVoteCall.MAJORITY.name(), "TWO_THIRDS"));
        List<String> links = new ArrayList<>();
        await().atMost(RestApi.ASYNC_TIMEOUT).until(() -> mailsTo(networkId).size() == 9);
        for (MimeMessage m : mailsTo(networkId)) {
            Matcher link = LINK.matcher(m.getContent().toString());
            assertThat(link.find()).as("link in the e-mail").isTrue();
            links.add(link.group(1).replaceFirst("http://[^/]+", "http://localhost:" + port));
        }
        assertThat(pi.getId()).isNotNull();
        return links;
    }

    List<MimeMessage> mailsTo(String networkId) throws Exception {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().endsWith("@" + networkId + ".example.org")
                    && m.getSubject().startsWith("Digitale Abstimmung")) {
                result.add(m);
            }
        }
        return result;
    }

    Long voteIdOf(String networkId) {
        return jdbc.queryForObject("select id from digital_vote where network_id = ?", Long.class, networkId);
    }

    JsonNode awaitCounted(Long voteId) throws Exception {
        RestApi api = new RestApi(rest);
        String[] result = new String[1];
        await().atMost(RestApi.ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            result[0] = api.call(RestApi.COORDINATION, HttpMethod.GET, "/api/votes/" + voteId, null).getBody();
            return result[0] != null && result[0].contains("\"COUNTED\"");
        });
        return api.json(result[0]);
    }

    HttpResponse<String> get(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String link, String choice) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/abstimmung"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("t=" + URLEncoder.encode(token(link), StandardCharsets.UTF_8)
                        + "&choice=" + choice)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(String link) {
        return link.substring(link.indexOf("?t=") + 3);
    }
}
