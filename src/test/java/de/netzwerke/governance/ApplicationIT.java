package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.demo.DemoData;
import de.netzwerke.governance.register.BodyGroupChanged;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.TestProfiles;

/** The whole application on a real port: authentication, demo logins, the read API, task visibility. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class ApplicationIT {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    BodyRepository bodies;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    @DisplayName("REST API, read API and Übersicht answer 401 without or with wrong credentials")
    void unauthenticatedCallsAreRefused() {
        for (String path : List.of("/engine-rest/process-definition", "/engine-rest/task", "/api/networks",
                "/uebersicht/migration-schwerin", "/uebersicht/migration-schwerin/verteiler.csv")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            // an unknown user: a wrong password for a real one would lock it for a while (login delay)
            assertThat(rest.withBasicAuth("unbekannt", "falsch").getForEntity(path, String.class).getStatusCode())
                    .as(path + " with wrong credentials").isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    @DisplayName("every demo user logs in to Tasklist with password = user id")
    void demoUsersLogInToTasklist() {
        for (String user : List.of("demo", "koordination", "sprecherin", "leitung", "steuerung", "partner")) {
            // the webapps' CSRF protection: the token comes as a cookie and goes back as a header
            ResponseEntity<String> start = rest.getForEntity("/camunda/app/tasklist/", String.class);
            List<String> cookies = start.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                    .map(c -> c.split(";")[0]).toList();
            String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
            headers.add("X-XSRF-TOKEN", xsrf.substring("XSRF-TOKEN=".length()));
            var form = new LinkedMultiValueMap<String, String>();
            form.add("username", user);
            form.add("password", user);
            ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                    new HttpEntity<>(form, headers), String.class);
            assertThat(login.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(login.getBody()).contains("\"userId\":\"" + user + "\"");

            // logged in to Tasklist, the same browser session opens the Übersicht
            String session = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                    .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";")[0]).findFirst()
                    .orElse(cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow());
            HttpHeaders browser = new HttpHeaders();
            browser.add(HttpHeaders.COOKIE, session);
            ResponseEntity<String> overview = rest.exchange("/uebersicht/migration-schwerin", HttpMethod.GET,
                    new HttpEntity<>(browser), String.class);
            assertThat(overview.getStatusCode()).as("Übersicht for " + user).isEqualTo(HttpStatus.OK);
            assertThat(overview.getBody()).contains("Arbeitstische");
        }
    }

    @Test
    @DisplayName("/api serves both networks with their rule profiles and their bodies with members and office holders")
    void readApiServesNetworksAndBodies() {
        var networks = rest.withBasicAuth("koordination", "koordination")
                .exchange("/api/networks", HttpMethod.GET, null, LIST).getBody();
        // the vote ITs (DigitalVoteIT, DecisionsByDigitalVoteIT) add networks "it-…" of their own to this shared context
        assertThat(networks).extracting(n -> n.get("id")).filteredOn(id -> !id.toString().startsWith("it-"))
                .containsExactlyInAnyOrder(Network.MIGRATION_SCHWERIN, Network.WILLKOMMENSKULTUR_LSA);
        Map<?, ?> profile = (Map<?, ?>) networks.stream().filter(n -> n.get("id").equals(Network.MIGRATION_SCHWERIN))
                .findFirst().orElseThrow().get("ruleProfile");
        assertThat(profile.get("majorityBase")).isEqualTo("VOTES_CAST");
        assertThat(((Map<?, ?>) profile.get("founding")).get("minOrganisations")).isEqualTo(5);

        var schwerin = rest.withBasicAuth("partner", "partner")
                .exchange("/api/networks/migration-schwerin/bodies", HttpMethod.GET, null, LIST).getBody();
        assertThat(schwerin).extracting(b -> b.get("kind"))
                .contains("WORKING_TABLE", "SPEAKERS_COUNCIL", "PLENARY", "NETWORK");
        Map<String, Object> table = schwerin.stream().filter(b -> DemoData.DEMO_WORKING_TABLE.equals(b.get("name")))
                .findFirst().orElseThrow();
        assertThat((List<?>) table.get("members")).hasSize(5);
        assertThat((List<Map<String, Object>>) table.get("offices"))
                .anySatisfy(o -> {
                    assertThat(o.get("kind")).isEqualTo("LEADER");
                    assertThat(o.get("holder")).isEqualTo("Lea Leitung");
                    assertThat(o.get("termEnd")).isEqualTo("2027-03-12");
                });
        Map<String, Object> council = schwerin.stream().filter(b -> "SPEAKERS_COUNCIL".equals(b.get("kind")))
                .findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) council.get("offices"))
                .anySatisfy(o -> assertThat(o.get("kind")).isEqualTo("INTEGRATION_COMMISSIONER"));

        var lsa = rest.withBasicAuth("steuerung", "steuerung")
                .exchange("/api/networks/willkommenskultur-lsa/bodies", HttpMethod.GET, null, LIST).getBody();
        assertThat(lsa).extracting(b -> b.get("kind")).contains("STEERING_GROUP", "PLENARY", "NETWORK");
        var fields = rest.withBasicAuth("steuerung", "steuerung")
                .exchange("/api/networks/willkommenskultur-lsa/fields-of-action", HttpMethod.GET, null, LIST).getBody();
        assertThat(fields).hasSize(9);

        assertThat(rest.withBasicAuth("partner", "partner").getForEntity("/api/networks/gibt-es-nicht", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("the Übersicht lists working tables, office holders with term ends and the distribution list, also as CSV")
    void overviewPageAndCsv() {
        ResponseEntity<String> page = rest.withBasicAuth("koordination", "koordination")
                .getForEntity("/uebersicht/migration-schwerin", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(DemoData.DEMO_WORKING_TABLE, "Lea Leitung", "12.03.2027", "Verteiler",
                "Sprecher:innenrat", "Integrationsbeauftragte:r");
        ResponseEntity<String> csv = rest.withBasicAuth("koordination", "koordination")
                .getForEntity("/uebersicht/migration-schwerin/verteiler.csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("Name;Organisation;E-Mail", "Lea Leitung;Caritas Schwerin;leitung@example.org");
    }

    @Test
    @DisplayName("a user of one working table sees its tasks and filter, not those of another working table")
    void workingTableTasksAreSeparated() {
        Body demo = bodies.findByNetworkIdOrderByKindAscNameAsc(Network.MIGRATION_SCHWERIN).stream()
                .filter(b -> DemoData.DEMO_WORKING_TABLE.equals(b.getName())).findFirst().orElseThrow();
        Body other = bodies.save(new Body(Network.MIGRATION_SCHWERIN, BodyKind.WORKING_TABLE,
                "Arbeitstisch Wohnen", "Wohnraum", null, LocalDate.of(2026, 1, 10)));
        events.publishEvent(new BodyGroupChanged(GovernanceGroups.workingTable(other.getId()), other.getName(), true,
                java.util.Set.of(), false));

        Task own = task("Protokoll prüfen (eigener Arbeitstisch)", demo.getGroupId());
        Task foreign = task("Protokoll prüfen (anderer Arbeitstisch)", GovernanceGroups.workingTable(other.getId()));
        Task fachstelle = task("Vorschlag prüfen", GovernanceGroups.FACHSTELLE);

        var seenByLeader = rest.withBasicAuth("leitung", "leitung")
                .exchange("/engine-rest/task", HttpMethod.GET, null, LIST).getBody();
        assertThat(seenByLeader).extracting(t -> t.get("id")).contains(own.getId())
                .doesNotContain(foreign.getId(), fachstelle.getId());
        var seenByCoordination = rest.withBasicAuth("koordination", "koordination")
                .exchange("/engine-rest/task", HttpMethod.GET, null, LIST).getBody();
        assertThat(seenByCoordination).extracting(t -> t.get("id")).contains(fachstelle.getId())
                .doesNotContain(own.getId(), foreign.getId());

        var filters = rest.withBasicAuth("leitung", "leitung")
                .exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST).getBody();
        assertThat(filters).extracting(f -> f.get("name"))
                .contains("Aufgaben: " + DemoData.DEMO_WORKING_TABLE, "Meine Aufgaben")
                .doesNotContain("Aufgaben: Arbeitstisch Wohnen", "Aufgaben: Fachstelle Chancengleichheit (Koordination)");
    }

    @Test
    @DisplayName("AT-2, SR-5, M-3: through REST a working table starts elections for itself only; others are refused in German")
    void electionRightsThroughRest() {
        Body demo = bodies.findByNetworkIdOrderByKindAscNameAsc(Network.MIGRATION_SCHWERIN).stream()
                .filter(b -> DemoData.DEMO_WORKING_TABLE.equals(b.getName())).findFirst().orElseThrow();
        Body council = bodies.findFirstByNetworkIdAndKind(Network.MIGRATION_SCHWERIN, BodyKind.SPEAKERS_COUNCIL).orElseThrow();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String refused = "{\"variables\":{\"bodyId\":{\"value\":" + council.getId() + ",\"type\":\"Long\"},"
                + "\"office\":{\"value\":\"CHAIR\"}}}";
        ResponseEntity<Map> answer = rest.withBasicAuth("leitung", "leitung").exchange(
                "/engine-rest/process-definition/key/OfficeElection/start", HttpMethod.POST, new HttpEntity<>(refused, json), Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("message")).contains("dürfen nur das Gremium selbst");
        String forged = "{\"variables\":{\"bodyId\":{\"value\":" + demo.getId() + ",\"type\":\"Long\"},"
                + "\"office\":{\"value\":\"DEPUTY_LEADER\"},\"electionId\":{\"value\":1,\"type\":\"Long\"}}}";
        ResponseEntity<Map> extra = rest.withBasicAuth("leitung", "leitung").exchange(
                "/engine-rest/process-definition/key/OfficeElection/start", HttpMethod.POST, new HttpEntity<>(forged, json), Map.class);
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) extra.getBody().get("message")).contains("„electionId“ gehört nicht zu diesem Schritt");
        String own = "{\"variables\":{\"bodyId\":{\"value\":" + demo.getId() + ",\"type\":\"Long\"},"
                + "\"office\":{\"value\":\"DEPUTY_LEADER\"}}}";
        ResponseEntity<Map> allowed = rest.withBasicAuth("leitung", "leitung").exchange(
                "/engine-rest/process-definition/key/OfficeElection/start", HttpMethod.POST, new HttpEntity<>(own, json), Map.class);
        assertThat(allowed.getStatusCode()).as(String.valueOf(allowed.getBody())).isEqualTo(HttpStatus.OK);
        assertThat((String) allowed.getBody().get("businessKey")).contains("Stellvertretende Leitung – " + DemoData.DEMO_WORKING_TABLE);
    }

    @Test
    @DisplayName("personal data: the distribution list's names and addresses are for the network's coordination only")
    void distributionListOnlyForTheNetworksCoordination() {
        ResponseEntity<List> own = rest.withBasicAuth("koordination", "koordination")
                .getForEntity("/api/networks/migration-schwerin/distribution-list", List.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        int entries = own.getBody().size();
        assertThat(entries).isPositive();
        ResponseEntity<Map> foreign = rest.withBasicAuth("steuerung", "steuerung")
                .getForEntity("/api/networks/migration-schwerin/distribution-list", Map.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody().toString()).contains("nur die Koordination").doesNotContain("@example.org");
        // the others learn how long the list is, counted by the database: the same length the coordination sees
        assertThat(foreign.getBody().get("count")).isEqualTo(entries);
        assertThat(rest.withBasicAuth("partner", "partner")
                .getForEntity("/uebersicht/migration-schwerin/verteiler.csv", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("partner", "partner").getForEntity("/uebersicht/migration-schwerin", String.class).getBody())
                .contains("Der Verteiler hat <span>" + entries + "</span> Einträge").doesNotContain("leitung@example.org");
        String coordinationsOverview = rest.withBasicAuth("koordination", "koordination")
                .getForEntity("/uebersicht/migration-schwerin", String.class).getBody();
        assertThat(coordinationsOverview).contains("Verteiler <small>(" + entries + ")</small>",
                "href=\"/uebersicht/migration-schwerin/verteiler\"").as("the list itself is on its own page")
                .doesNotContain("leitung@example.org");

        // the Verteiler's own page: the list for the coordination, the count and a German refusal for everyone else
        ResponseEntity<String> list = rest.withBasicAuth("koordination", "koordination")
                .getForEntity("/uebersicht/migration-schwerin/verteiler", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains("Verteiler <small>(" + entries + ")</small>", "Lea Leitung", "Caritas Schwerin",
                "mailto:leitung@example.org", "verteiler.csv");
        assertThat(list.getBody().split("<a href=\"mailto:", -1)).hasSize(entries + 1);
        ResponseEntity<String> refused = rest.withBasicAuth("partner", "partner")
                .getForEntity("/uebersicht/migration-schwerin/verteiler", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("sieht nur die Koordination", "Der Verteiler hat <span>" + entries + "</span> Einträge")
                .doesNotContain("@example.org", "Lea Leitung");
    }

    @Test
    @DisplayName("the Übersicht shows how many members a body has and links to the body's own page, which lists them")
    void bodyPageListsTheMembers() {
        Body demo = bodies.findByNetworkIdOrderByKindAscNameAsc(Network.MIGRATION_SCHWERIN).stream()
                .filter(b -> DemoData.DEMO_WORKING_TABLE.equals(b.getName())).findFirst().orElseThrow();
        String link = "/uebersicht/migration-schwerin/gremien/" + demo.getId();
        String overview = rest.withBasicAuth("partner", "partner").getForObject("/uebersicht/migration-schwerin", String.class);
        assertThat(overview).contains("<a href=\"" + link + "\">Mitglieder (5)</a>")
                .as("members are on the body's page, not in the Übersicht").doesNotContain("Jana Berg");

        ResponseEntity<String> page = rest.withBasicAuth("partner", "partner").getForEntity(link, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(DemoData.DEMO_WORKING_TABLE, "Mitglieder <small>(5)</small>",
                "Lea Leitung", "Caritas Schwerin", "Sara Sprecherin", "Pat Partner", "Ali Yilmaz", "Jana Berg", "Jobcenter Schwerin",
                "12.03.2025", "Leitung", "12.03.2027", "Zurück zur Übersicht")
                .as("no addresses on the body's page").doesNotContain("@example.org");

        // a body of one network is not found under another
        ResponseEntity<String> foreign = rest.withBasicAuth("partner", "partner")
                .getForEntity("/uebersicht/willkommenskultur-lsa/gremien/" + demo.getId(), String.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).contains("gibt es in diesem Netzwerk nicht");
        assertThat(rest.getForEntity(link, String.class).getStatusCode()).as("login required").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private Task task(String name, String group) {
        Task task = taskService.newTask();
        task.setName(name);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        return task;
    }
}
