package de.netzwerke.governance.register.web;

import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.assertDeclared;
import static de.netzwerke.governance.testsupport.RestApi.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
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
import org.springframework.util.MultiValueMap;

import de.netzwerke.governance.demo.DemoData;
import de.netzwerke.governance.election.ElectionRepository;
import de.netzwerke.governance.founding.FoundingVariables;
import de.netzwerke.governance.register.Bodies;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.vote.DigitalVote;
import de.netzwerke.governance.vote.DigitalVotes;
import de.netzwerke.governance.vote.Electorate;
import de.netzwerke.governance.voting.Majority;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * The Übersicht over HTTP with basic authentication, as a browser with cached credentials uses it: running
 * foundings, „Meine Vorschläge“, pending elections on the page and on their body, and the one-click start of an
 * election from a body — offered and accepted only as {@code BodyRights} allow, and only with the page's CSRF
 * token. It shares its Spring context with the other ITs, so it works on bodies and topics of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class OverviewIT {

    private static final String PAGE = "/uebersicht/" + Network.MIGRATION_SCHWERIN;
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Bodies bodies;
    @Autowired
    BodyRepository bodyRepository;
    @Autowired
    ElectionRepository elections;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DigitalVotes digitalVotes;

    private RestApi api;

    @BeforeEach
    void setUp() {
        api = new RestApi(rest);
    }

    @Test
    @DisplayName("AT-3, M-3: the Übersicht shows a running founding with its organisations (not people), what is missing and the "
            + "deadline; the proposer follows it under „Meine Vorschläge“, nobody else sees that section")
    void runningFoundingAndOwnProposals() throws Exception {
        String topic = "Übersicht: Mobilität im ländlichen Raum";
        String founding = api.proposeWorkingTable(topic, "Teilhabe");

        Page proposed = Page.open(rest, "partner");
        assertThat(proposed.html).contains("Laufende Gründungen von Arbeitstischen", "Meine Vorschläge")
                .contains(topic, "Vorschlag wird von der Fachstelle geprüft (M-3)");

        String check = api.json(api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + founding + "&taskDefinitionKey=Task_CheckProposal", null)).get(0).path("id").asText();
        assertThat(api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + check + "/complete",
                Map.of("variables", Map.of(FoundingVariables.ACCEPTED.name(), typed(true, "Boolean")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertDeclared(api.declareReadiness(founding, "Uwe Übersicht", "uwe.uebersicht@example.org", "Landkreisbus Schwerin"));
        assertDeclared(api.declareReadiness(founding, "Olga Übersicht", "olga.uebersicht@example.org", "Radverkehr Schwerin e.V."));
        String deadline = api.historicVariable(founding, FoundingVariables.DECLARATION_DEADLINE_TEXT.name()).orElseThrow().asText();
        assertThat(LocalDate.parse(deadline, DateTimeFormatter.ofPattern("dd.MM.yyyy"))).isAfter(LocalDate.now());

        Page coordination = Page.open(rest, COORDINATION);
        String row = coordination.row(topic);
        assertThat(row).contains("Bereitschaftserklärungen werden gesammelt (AT-3)",
                "Organisationen bisher: 2 (Landkreisbus Schwerin, Radverkehr Schwerin e.V.)",
                "Es fehlen noch 3 von 5 Organisationen (AT-3)", deadline);
        assertThat(coordination.html).as("names of people stay out of the rows").doesNotContain("Uwe Übersicht", "Olga Übersicht");

        Page proposer = Page.open(rest, "partner");
        assertThat(proposer.html).contains("Meine Vorschläge");
        assertThat(proposer.section("Meine Vorschläge")).contains(topic, "Bereitschaftserklärungen werden gesammelt",
                "Es fehlen noch 3 von 5 Organisationen", deadline);
        assertThat(Page.open(rest, "steuerung").html).contains(topic).doesNotContain("Meine Vorschläge");
    }

    @Test
    @DisplayName("AT-2, M-3: the Fachstelle starts an election from a body with one click; it shows as pending on the page "
            + "and on the body, and its office is no longer offered")
    void fachstelleStartsAnElectionFromTheBody() {
        Body table = newWorkingTable("Übersicht Wahlstart");
        long before = elections.count();

        Page page = Page.open(rest, COORDINATION);
        String body = page.body(table.getId());
        assertThat(body).contains("Wahl einleiten", "value=\"LEADER\"", "value=\"DEPUTY_LEADER\"",
                "value=\"SPEAKERS_COUNCIL_MEMBER\"", "value=\"SPEAKERS_COUNCIL_DEPUTY\"", "Leitung (unbesetzt)")
                .as("a working table elects no chair").doesNotContain("value=\"CHAIR\"");

        ResponseEntity<String> started = page.startElection(table.getId(), "DEPUTY_LEADER");
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(started.getHeaders().getLocation()).hasPath(PAGE);
        assertThat(elections.count()).isEqualTo(before + 1);

        Page after = page.reload();
        assertThat(after.html).contains("Die Wahl „Stellvertretende Leitung“ für „" + table.getName() + "“ ist eingeleitet");
        assertThat(after.row("Stellvertretende Leitung – " + table.getName())).contains("Wahl", "Kandidat:innen benennen");
        assertThat(after.body(table.getId())).contains("Offene Vorgänge",
                        "Wahl: Stellvertretende Leitung – " + table.getName() + " – Kandidat:innen benennen")
                .contains("value=\"LEADER\"").doesNotContain("value=\"DEPUTY_LEADER\"");
        assertThat(after.reload().html).as("the confirmation is shown once").doesNotContain("ist eingeleitet");

        // an incident (e.g. an e-mail that failed three times) marks the election on the page and on its body
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("%" + table.getName())
                .singleResult().getId();
        Incident incident = runtime.createIncident("governance-test", instance, "Test der Übersicht");
        try {
            Page disturbed = page.reload();
            assertThat(disturbed.row("Stellvertretende Leitung – " + table.getName()))
                    .contains("Vorgang mit Störung – bitte in Cockpit nachsehen");
            assertThat(disturbed.body(table.getId())).contains("Vorgang mit Störung");
        } finally {
            runtime.resolveIncident(incident.getId());
        }
        assertThat(page.reload().row("Stellvertretende Leitung – " + table.getName())).doesNotContain("Vorgang mit Störung");

        // the same office again, e.g. from a page opened before: refused in German, nothing started
        ResponseEntity<String> again = page.startElection(table.getId(), "DEPUTY_LEADER");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(again.getBody()).contains("läuft bereits eine Wahl");
        assertThat(elections.count()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("G-1: a partner with a Tasklist login votes in the Übersicht with one click on the Tagung; the page shows "
            + "counts, never names; a second vote is refused and changes nothing; whoever is no voter is offered nothing")
    void partnerVotesInTheOverview() {
        DigitalVote vote = tx.execute(s -> {
            DigitalVote v = digitalVotes.prepare(null, Network.MIGRATION_SCHWERIN,
                    "Übersicht: Soll die Herbsttagung online stattfinden?", Electorate.ALL_PARTNERS, Majority.SIMPLE, null);
            digitalVotes.open(v);
            return v;
        });
        Body plenary = bodyRepository.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.PLENARY).orElseThrow();

        Page partner = Page.open(rest, "partner");
        assertThat(partner.section("Laufende digitale Abstimmungen")).contains("Soll die Herbsttagung online stattfinden?",
                "abgestimmt 0 von " + vote.getElectorateSize() + " Stimmen");
        assertThat(partner.body(plenary.getId())).contains("Stimme abgeben", "value=\"" + vote.getId() + ":YES\"",
                "value=\"" + vote.getId() + ":NO\"", "value=\"" + vote.getId() + ":ABSTAIN\"");
        assertThat(Page.open(rest, COORDINATION).body(plenary.getId())).as("the Fachstelle's login is no partner")
                .doesNotContain("value=\"" + vote.getId() + ":YES\"");

        ResponseEntity<String> cast = partner.post(plenary.getId(), "abstimmen", vote.getId() + ":NO", partner.token, partner.cookie);
        assertThat(cast.getStatusCode()).as(cast.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
        Page after = partner.reload();
        assertThat(after.html).contains("Vielen Dank, Ihre Stimme ist abgegeben");
        assertThat(after.section("Laufende digitale Abstimmungen")).contains("abgestimmt 1 von " + vote.getElectorateSize());
        assertThat(after.body(plenary.getId())).doesNotContain("value=\"" + vote.getId() + ":YES\"");

        ResponseEntity<String> again = partner.post(plenary.getId(), "abstimmen", vote.getId() + ":YES", partner.token, partner.cookie);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(again.getBody()).contains("schon abgestimmt");
        assertThat(digitalVotes.find(vote.getId()).orElseThrow().getCastCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("AT-2, SR-5: a working table's leader starts elections of their own table only; another table's form is "
            + "neither shown nor accepted, and a partner gets no form")
    void leaderStartsOnlyForTheirOwnTable() {
        Body table = newWorkingTable("Übersicht fremder Tisch");
        Body demo = bodyRepository.findByNetworkIdOrderByKindAscNameAsc(Network.MIGRATION_SCHWERIN).stream()
                .filter(b -> DemoData.DEMO_WORKING_TABLE.equals(b.getName())).findFirst().orElseThrow();
        Body council = bodyRepository.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.SPEAKERS_COUNCIL).orElseThrow();
        long before = elections.count();

        Page leader = Page.open(rest, "leitung");
        assertThat(leader.body(demo.getId())).contains("Wahl einleiten", "value=\"SPEAKERS_COUNCIL_DEPUTY\"");
        assertThat(leader.body(table.getId())).doesNotContain("Wahl einleiten");
        assertThat(leader.body(council.getId())).doesNotContain("Wahl einleiten");

        ResponseEntity<String> foreign = leader.startElection(table.getId(), "LEADER");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody()).contains("Eine Wahl für „" + table.getName()
                + "“ leiten nur die Fachstelle Chancengleichheit und das Gremium selbst ein.");
        assertThat(elections.count()).isEqualTo(before);

        ResponseEntity<String> own = leader.startElection(demo.getId(), "SPEAKERS_COUNCIL_DEPUTY");
        assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(elections.count()).isEqualTo(before + 1);
        assertThat(leader.reload().row("Stellvertretung im Sprecher:innenrat – " + DemoData.DEMO_WORKING_TABLE))
                .contains("Kandidat:innen benennen");

        Page partner = Page.open(rest, "partner");
        assertThat(partner.html).doesNotContain("Wahl einleiten");
        ResponseEntity<String> byPartner = partner.startElection(table.getId(), "LEADER");
        assertThat(byPartner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byPartner.getBody()).contains("leiten nur die Fachstelle Chancengleichheit und das Gremium selbst ein");
        assertThat(elections.count()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("CSRF: a start-election form without the page's token, with another session's token or without session is "
            + "refused with 403 in German, and nothing starts")
    void formsWithoutTheTokenAreRefused() {
        Body table = newWorkingTable("Übersicht CSRF");
        long before = elections.count();
        Page page = Page.open(rest, COORDINATION);
        Page other = Page.open(rest, COORDINATION);

        ResponseEntity<String> withoutToken = page.post(table.getId(), "LEADER", null, page.cookie);
        ResponseEntity<String> foreignToken = page.post(table.getId(), "LEADER", other.token + "x", page.cookie);
        ResponseEntity<String> otherSessionsToken = page.post(table.getId(), "LEADER", other.token, page.cookie);
        ResponseEntity<String> withoutSession = page.post(table.getId(), "LEADER", page.token, null);
        for (ResponseEntity<String> refused : List.of(withoutToken, foreignToken, otherSessionsToken, withoutSession)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("Das Formular wurde nicht angenommen").doesNotContain("Exception");
        }
        assertThat(elections.count()).isEqualTo(before);
        assertThat(page.startElection(table.getId(), "LEADER").getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(elections.count()).isEqualTo(before + 1);
    }

    private Body newWorkingTable(String topic) {
        return tx.execute(status -> bodies.createWorkingTable(Network.MIGRATION_SCHWERIN, topic, "Für den Test der Übersicht",
                "Teilhabe", GovernanceGroups.WORKING_TABLE_PREFIX));
    }

    /** The Übersicht as one person's browser holds it: the page, its session cookie and its CSRF token. */
    private record Page(TestRestTemplate rest, String user, String html, String cookie, String token) {

        static Page open(TestRestTemplate rest, String user) {
            return open(rest, user, null);
        }

        static Page open(TestRestTemplate rest, String user, String cookie) {
            HttpHeaders headers = new HttpHeaders();
            if (cookie != null) {
                headers.add(HttpHeaders.COOKIE, cookie);
            }
            ResponseEntity<String> page = rest.withBasicAuth(user, user).exchange(PAGE, HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
            String setCookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
            String session = setCookie != null ? setCookie.split(";")[0] : cookie;
            Matcher token = TOKEN.matcher(page.getBody());
            return new Page(rest, user, page.getBody(), session, token.find() ? token.group(1) : null);
        }

        Page reload() {
            return open(rest, user, cookie);
        }

        ResponseEntity<String> startElection(long bodyId, String office) {
            return post(bodyId, office, token, cookie);
        }

        ResponseEntity<String> post(long bodyId, String office, String csrf, String sessionCookie) {
            return post(bodyId, "wahl", office, csrf, sessionCookie);
        }

        /** A body action's form ({@code wahl}, {@code abstimmen}) as the browser sends it. */
        ResponseEntity<String> post(long bodyId, String action, String choice, String csrf, String sessionCookie) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            if (sessionCookie != null) {
                headers.add(HttpHeaders.COOKIE, sessionCookie);
            }
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("choice", choice);
            if (csrf != null) {
                form.add("_csrf", csrf);
            }
            // as a browser: the 303 answer itself, then the page it points to (reload)
            return rest.withRedirects(Redirects.DONT_FOLLOW).withBasicAuth(user, user).exchange(PAGE + "/gremien/" + bodyId + "/" + action, HttpMethod.POST,
                    new HttpEntity<>(form, headers), String.class);
        }

        /** The table row that names the subject. */
        String row(String subject) {
            Matcher row = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(subject) + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                    .matcher(html);
            assertThat(row.find()).as("a row with " + subject).isTrue();
            return row.group();
        }

        /** The section under that heading. */
        String section(String title) {
            Matcher section = Pattern.compile("<section[^>]*>\\s*<h2>" + Pattern.quote(title) + "</h2>.*?</section>", Pattern.DOTALL)
                    .matcher(html);
            assertThat(section.find()).as("section " + title).isTrue();
            return section.group();
        }

        /** The body's article. */
        String body(long bodyId) {
            Matcher body = Pattern.compile("<article[^>]*id=\"gremium-" + bodyId + "\".*?</article>", Pattern.DOTALL).matcher(html);
            assertThat(body.find()).as("body " + bodyId).isTrue();
            return body.group();
        }
    }
}
