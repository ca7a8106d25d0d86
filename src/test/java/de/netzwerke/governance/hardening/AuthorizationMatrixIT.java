package de.netzwerke.governance.hardening;

import static de.netzwerke.governance.hardening.AuthorizationMatrixIT.Expect.ALLOW;
import static de.netzwerke.governance.hardening.AuthorizationMatrixIT.Expect.DENY;
import static de.netzwerke.governance.hardening.AuthorizationMatrixIT.Expect.SEES_NOTHING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.netzwerke.governance.election.ElectionVariables;
import de.netzwerke.governance.founding.FoundingVariables;
import de.netzwerke.governance.register.Body;
import de.netzwerke.governance.register.BodyGroupChanged;
import de.netzwerke.governance.register.BodyKind;
import de.netzwerke.governance.register.BodyRepository;
import de.netzwerke.governance.register.Membership;
import de.netzwerke.governance.register.MembershipRepository;
import de.netzwerke.governance.register.NameKey;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.register.Office;
import de.netzwerke.governance.register.OfficeKind;
import de.netzwerke.governance.register.OfficeRepository;
import de.netzwerke.governance.register.Organisation;
import de.netzwerke.governance.register.OrganisationRepository;
import de.netzwerke.governance.register.Partner;
import de.netzwerke.governance.register.PartnerRepository;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.EngineAndRegisterState;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Issue 8: who may do what, for each demo login (see README „Logins“ and {@code demo.DemoData}) and each action
 * through the REST API, the read API and the Übersicht. The expected answer of every cell is in {@link #MATRIX};
 * a denial is 400, 401 or 403 with a German message and changes nothing; a query Camunda filters by authorization
 * answers 200 without the instance ({@link Expect#SEES_NOTHING}).
 * <p>
 * The working table of the matrix is made in the register like the demo table, with {@code leitung} as its
 * leader, so that its elections are {@code leitung}'s tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    enum Expect { ALLOW, DENY, SEES_NOTHING }

    enum Action {
        START_FOUNDING("start a founding (Arbeitstisch gründen)"),
        START_ELECTION("start an election of the matrix working table"),
        COMPLETE_FACHSTELLE_TASK("complete the Fachstelle's Task_CheckProposal"),
        COMPLETE_LEADER_TASK("complete the leader's Task_NominateCandidates of the matrix table"),
        SET_VARIABLE("set a variable of a founding (PUT /process-instance/{id}/variables/{name})"),
        MODIFY_INSTANCE("modify a founding (POST /process-instance/{id}/modification)"),
        EXECUTE_JOB("execute the 8-week timer of a founding (POST /job/{id}/execute)"),
        SUSPEND_INSTANCE("suspend a founding (PUT /process-instance/{id}/suspended)"),
        READ_DISTRIBUTION_LIST_MIGRATION("read the Migration network's distribution list (/api)"),
        READ_DISTRIBUTION_LIST_LSA("read the Willkommenskultur network's distribution list (/api)"),
        READ_HISTORY("read a founding's history (GET /history/variable-instance)"),
        READ_OVERVIEW_DISTRIBUTION_LIST("read the Migration network's distribution list in the Übersicht (/uebersicht/…/verteiler)");

        final String label;

        Action(String label) {
            this.label = label;
        }
    }

    /** The demo logins: administrator, Fachstelle, Sprecher:innenrat, a working table's leader, Steuerungsgruppe, partner. */
    static final List<String> ROLES = List.of("demo", "koordination", "sprecherin", "leitung", "steuerung", "partner");

    /** The expected answer per action, in the order of {@link #ROLES}. */
    static final Map<Action, List<Expect>> MATRIX = new LinkedHashMap<>();

    static {
        //                                                      demo    koord.  sprech. leitung steuer. partner
        MATRIX.put(Action.START_FOUNDING, List.of(                ALLOW,  ALLOW,  ALLOW,  ALLOW,  ALLOW,  ALLOW));
        MATRIX.put(Action.START_ELECTION, List.of(                ALLOW,  ALLOW,  DENY,   ALLOW,  DENY,   DENY));
        MATRIX.put(Action.COMPLETE_FACHSTELLE_TASK, List.of(      ALLOW,  ALLOW,  DENY,   DENY,   DENY,   DENY));
        MATRIX.put(Action.COMPLETE_LEADER_TASK, List.of(          ALLOW,  DENY,   DENY,   ALLOW,  DENY,   DENY));
        MATRIX.put(Action.SET_VARIABLE, List.of(                  ALLOW,  DENY,   DENY,   DENY,   DENY,   DENY));
        MATRIX.put(Action.MODIFY_INSTANCE, List.of(               ALLOW,  DENY,   DENY,   DENY,   DENY,   DENY));
        MATRIX.put(Action.EXECUTE_JOB, List.of(                   ALLOW,  DENY,   DENY,   DENY,   DENY,   DENY));
        MATRIX.put(Action.SUSPEND_INSTANCE, List.of(              ALLOW,  DENY,   DENY,   DENY,   DENY,   DENY));
        MATRIX.put(Action.READ_DISTRIBUTION_LIST_MIGRATION, List.of(ALLOW, ALLOW, DENY,   DENY,   DENY,   DENY));
        MATRIX.put(Action.READ_DISTRIBUTION_LIST_LSA, List.of(    ALLOW,  DENY,   DENY,   DENY,   ALLOW,  DENY));
        MATRIX.put(Action.READ_HISTORY, List.of(                  ALLOW,  ALLOW,  SEES_NOTHING, SEES_NOTHING, SEES_NOTHING, SEES_NOTHING));
        MATRIX.put(Action.READ_OVERVIEW_DISTRIBUTION_LIST, List.of(ALLOW, ALLOW,  DENY,   DENY,   DENY,   DENY));
    }

    /** Offices of the matrix table, one per role that tries to start an election, so that allowed starts do not collide. */
    private static final Map<String, String> OFFICE_BY_ROLE = Map.of("demo", "LEADER", "koordination", "DEPUTY_LEADER",
            "leitung", "SPEAKERS_COUNCIL_MEMBER", "sprecherin", "SPEAKERS_COUNCIL_DEPUTY", "steuerung", "LEADER",
            "partner", "LEADER");

    private static final Pattern GERMAN = Pattern.compile("[äöüÄÖÜß„“]|\\b(Bitte|nicht|nur|kein|keine|darf|Sie|Ihnen|die|der|und)\\b");
    private static final Pattern INTERNALS = Pattern.compile("Exception|org\\.|java\\.|SQL|ENGINE-|Cannot|The user with id");

    private static final List<String> HOLES = new ArrayList<>();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    BodyRepository bodies;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PartnerRepository partners;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    OfficeRepository offices;

    private RestApi api;
    private EngineAndRegisterState state;
    private long tableId;
    private long candidateId;
    private int foundings;

    @BeforeAll
    void setUp() {
        api = new RestApi(rest);
        state = new EngineAndRegisterState(jdbc);
        String net = Network.MIGRATION_SCHWERIN;
        tx.executeWithoutResult(status -> {
            LocalDate since = LocalDate.of(2026, 1, 15);
            Body table = bodies.save(new Body(net, BodyKind.WORKING_TABLE, "Arbeitstisch Rechte und Zugriffe",
                    "Wer darf was", null, since));
            table.setGroupId(GovernanceGroups.workingTable(table.getId()));
            Partner leader = partners.findByNetworkIdAndEmailKey(net, NameKey.ofEmail("leitung@example.org")).orElseThrow();
            memberships.save(new Membership(table.getId(), leader, since));
            offices.save(new Office(table.getId(), leader, OfficeKind.LEADER, since, since.plusYears(2)));
            Partner candidate = null;
            for (String[] p : new String[][] {{"Mira Matrix", "mira.matrix@example.org", "Matrix Verein Schwerin"},
                    {"Tom Tabelle", "tom.tabelle@example.org", "Tabellen e.V. Schwerin"}}) {
                Organisation org = organisations.save(new Organisation(net, p[2]));
                Partner partner = partners.save(new Partner(net, p[0], p[1], org, since));
                memberships.save(new Membership(table.getId(), partner, since));
                candidate = candidate == null ? partner : candidate;
            }
            candidateId = candidate.getId();
            tableId = table.getId();
            events.publishEvent(new BodyGroupChanged(table.getGroupId(), table.getName(), true, Set.of("leitung"), false));
        });
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        MATRIX.forEach((action, expected) -> {
            for (int i = 0; i < ROLES.size(); i++) {
                cells.add(Arguments.of(action, ROLES.get(i), expected.get(i)));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{1} → {0}: {2}")
    @MethodSource("cells")
    @DisplayName("issue 8: each demo role may do exactly what the matrix allows; a denial is German and changes nothing")
    void roleMayDoWhatTheMatrixSays(Action action, String role, Expect expected) throws Exception {
        Target target = prepare(action);
        state.awaitQuiet();
        Map<String, String> before = state.snapshot();
        ResponseEntity<String> answer = perform(action, role, target);
        Map<String, String> after = state.snapshot();
        int status = answer.getStatusCode().value();
        String what = role + " → " + action.label + ": " + status + " " + answer.getBody();

        Expect actual = status >= 200 && status < 300 ? (seesNothing(action, answer) ? SEES_NOTHING : ALLOW) : DENY;
        if (actual != expected) {
            synchronized (HOLES) {
                HOLES.add(what + " (expected " + expected + ")");
            }
        }
        assertThat(status).as(what).isLessThan(500);
        assertThat(actual).as(what).isEqualTo(expected);
        if (expected == DENY) {
            assertThat(status).as(what).isIn(400, 401, 403);
            MediaType type = answer.getHeaders().getContentType();
            // the Übersicht's pages refuse as a page, the APIs as JSON
            String message = type != null && type.isCompatibleWith(MediaType.TEXT_HTML) ? answer.getBody()
                    : api.json(answer).path("message").asText(answer.getBody());
            assertThat(GERMAN.matcher(message).find()).as("German: " + what).isTrue();
            assertThat(INTERNALS.matcher(message).find()).as("no internals: " + what).isFalse();
        }
        if (expected != ALLOW) {
            assertThat(EngineAndRegisterState.changedTables(before, after)).as("nothing changed: " + what).isEmpty();
        }
    }

    @AfterAll
    void summary() {
        System.out.printf("Authorization matrix: %d cells, %d differ from the table%n",
                MATRIX.size() * ROLES.size(), HOLES.size());
        HOLES.forEach(h -> System.out.println("  differs: " + h));
    }

    // --- the actions

    /** What an action works on: a founding, its task or job, an election's task. */
    private record Target(String pi, String taskId, String jobId) {
    }

    private Target prepare(Action action) throws Exception {
        return switch (action) {
            case COMPLETE_FACHSTELLE_TASK, SET_VARIABLE, MODIFY_INSTANCE, SUSPEND_INSTANCE, READ_HISTORY -> {
                String pi = api.proposeWorkingTable("Matrix " + (++foundings), "Teilhabe");
                yield new Target(pi, task("demo", pi, "Task_CheckProposal"), null);
            }
            case EXECUTE_JOB -> {
                String pi = api.proposeWorkingTable("Matrix " + (++foundings), "Teilhabe");
                api.call(RestApi.COORDINATION, HttpMethod.POST, "/engine-rest/task/" + task("demo", pi, "Task_CheckProposal")
                        + "/complete", Map.of("variables", Map.of("accepted", RestApi.typed(true, "Boolean"))));
                JsonNode jobs = api.json(api.call("demo", HttpMethod.GET, "/engine-rest/job?processInstanceId=" + pi, null));
                assertThat(jobs).as("the declaration period's timer").hasSize(1);
                yield new Target(pi, null, jobs.get(0).path("id").asText());
            }
            case COMPLETE_LEADER_TASK -> new Target(null, openNomination(), null);
            default -> new Target(null, null, null);
        };
    }

    private ResponseEntity<String> perform(Action action, String role, Target t) {
        String b = "/engine-rest";
        return switch (action) {
            case START_FOUNDING -> api.call(role, HttpMethod.POST, b + "/process-definition/key/" + FoundingVariables.PROCESS_KEY
                    + "/start", Map.of("variables", Map.of(
                    "networkId", RestApi.typed(Network.MIGRATION_SCHWERIN, "String"),
                    "topic", RestApi.typed("Matrix-Vorschlag von " + role, "String"),
                    "description", RestApi.typed("Bedarf", "String"),
                    "fieldOfAction", RestApi.typed("Teilhabe", "String"))));
            case START_ELECTION -> api.call(role, HttpMethod.POST, b + "/process-definition/key/" + ElectionVariables.PROCESS_KEY
                    + "/start", Map.of("variables", Map.of("bodyId", RestApi.typed(tableId, "Long"),
                    "office", RestApi.typed(OFFICE_BY_ROLE.get(role), "String"))));
            case COMPLETE_FACHSTELLE_TASK -> api.call(role, HttpMethod.POST, b + "/task/" + t.taskId() + "/complete",
                    Map.of("variables", Map.of("decision", RestApi.typed("decline", "String"),
                            "declineReason", RestApi.typed("Matrix", "String"))));
            case COMPLETE_LEADER_TASK -> api.call(role, HttpMethod.POST, b + "/task/" + t.taskId() + "/complete",
                    Map.of("variables", Map.of("candidates", RestApi.typed("[" + candidateId + "]", "Json"),
                            "candidatesAgreed", RestApi.typed(true, "Boolean"))));
            case SET_VARIABLE -> api.call(role, HttpMethod.PUT, b + "/process-instance/" + t.pi() + "/variables/"
                    + FoundingVariables.ACCEPTED.name(), RestApi.typed(true, "Boolean"));
            case MODIFY_INSTANCE -> api.call(role, HttpMethod.POST, b + "/process-instance/" + t.pi() + "/modification",
                    Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_CheckProposal"))));
            case EXECUTE_JOB -> api.call(role, HttpMethod.POST, b + "/job/" + t.jobId() + "/execute", null);
            case SUSPEND_INSTANCE -> api.call(role, HttpMethod.PUT, b + "/process-instance/" + t.pi() + "/suspended",
                    Map.of("suspended", true));
            case READ_DISTRIBUTION_LIST_MIGRATION -> api.call(role, HttpMethod.GET,
                    "/api/networks/" + Network.MIGRATION_SCHWERIN + "/distribution-list", null);
            case READ_DISTRIBUTION_LIST_LSA -> api.call(role, HttpMethod.GET,
                    "/api/networks/" + Network.WILLKOMMENSKULTUR_LSA + "/distribution-list", null);
            case READ_HISTORY -> api.call(role, HttpMethod.GET, b + "/history/variable-instance?processInstanceId=" + t.pi(), null);
            case READ_OVERVIEW_DISTRIBUTION_LIST -> api.call(role, HttpMethod.GET, "/uebersicht/" + Network.MIGRATION_SCHWERIN + "/verteiler", null);
        };
    }

    /** A 2xx that shows nothing of the target: an empty history, a distribution list without addresses. */
    private boolean seesNothing(Action action, ResponseEntity<String> answer) throws Exception {
        return switch (action) {
            case READ_HISTORY -> api.json(answer).isEmpty();
            case READ_OVERVIEW_DISTRIBUTION_LIST -> answer.getBody() == null || !answer.getBody().contains("@example.org");
            default -> false;
        };
    }

    // --- fixtures

    private String task(String user, String pi, String definitionKey) throws Exception {
        JsonNode tasks = api.json(api.call(user, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + definitionKey, null));
        assertThat(tasks).as(definitionKey).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    /** An open nomination task of the matrix table (assigned to its leader); started by the administrator when none is open. */
    private String openNomination() throws Exception {
        for (String office : List.of("LEADER", "DEPUTY_LEADER", "SPEAKERS_COUNCIL_MEMBER", "SPEAKERS_COUNCIL_DEPUTY")) {
            JsonNode running = api.json(api.call("demo", HttpMethod.POST, "/engine-rest/process-instance", Map.of(
                    "processDefinitionKey", ElectionVariables.PROCESS_KEY, "variables", List.of(
                            Map.of("name", "bodyId", "operator", "eq", "value", tableId),
                            Map.of("name", "office", "operator", "eq", "value", office)))));
            if (running.isEmpty()) {
                ResponseEntity<String> started = api.call("demo", HttpMethod.POST, "/engine-rest/process-definition/key/"
                        + ElectionVariables.PROCESS_KEY + "/start", Map.of("variables", Map.of(
                        "bodyId", RestApi.typed(tableId, "Long"), "office", RestApi.typed(office, "String"))));
                assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
                return task("demo", api.json(started).path("id").asText(), "Task_NominateCandidates");
            }
            JsonNode tasks = api.json(api.call("demo", HttpMethod.GET, "/engine-rest/task?processInstanceId="
                    + running.get(0).path("id").asText() + "&taskDefinitionKey=Task_NominateCandidates", null));
            if (!tasks.isEmpty()) {
                return tasks.get(0).path("id").asText();
            }
        }
        throw new IllegalStateException("no office of the matrix table left for a nomination");
    }
}
