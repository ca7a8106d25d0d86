package de.netzwerke.governance.hardening;

import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.PARTNER;
import static de.netzwerke.governance.testsupport.RestApi.assertDeclared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.election.BallotForm;
import de.netzwerke.governance.election.ElectionVariables;
import de.netzwerke.governance.founding.DeclarationsForm;
import de.netzwerke.governance.founding.FoundingVariables;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.testsupport.EngineAndRegisterState;
import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;
import de.netzwerke.governance.testsupport.WebappSession;

/**
 * Issue 8, finding 5: the catalogue of bad input. Every process (WorkingTableFounding: start, check, declarations,
 * message; OfficeElection: start, nomination, ballot with one and with several candidates, review) and every
 * endpoint ({@code /engine-rest} complete, submit-form, start, message and reads; the webapps' engine API that
 * Tasklist submits its forms to; {@code /api}; {@code /uebersicht}) is sent wrong types, missing and over-long
 * values, numbers out of range, forged ids, unknown variables, Unicode oddities, HTML, malformed JSON, a second
 * completion, unknown tasks and ended instances. Each case must be refused with a 4xx (never a 5xx), with a German
 * message without internals, and leave every row of the register and of the engine's runtime tables as it was.
 * The last line of the run is the summary the issue's note quotes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueIT {

    private static final String LEADER_ELECTION = "LEADER";
    private static final String TEN_THOUSAND = "x".repeat(10_001);
    private static final String HTML = "<img src=x onerror=alert(1)>";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String RTL_OVERRIDE = "Thema \u202Eneda\u202C";
    private static final String ZERO_WIDTH_ONLY = "\u200B\u200B\u200B";
    private static final String NUL = "Thema\u0000mit NUL";
    private static final String EMOJI = "\uD83D\uDE00";
    private static final String COMBINING = "accept\u0301";
    private static final String TWO_POW_31 = "2147483648";
    private static final String TWO_POW_63 = "9223372036854775808";

    /** Words and characters that only a German message has; see {@link #assertGermanWithoutInternals}. */
    private static final Pattern GERMAN = Pattern.compile(
            "[äöüÄÖÜß„“]|\\b(Bitte|bitte|nicht|nur|kein|keine|keinen|gibt|ist|sind|darf|Sie|Ihnen|der|die|das|und|oder|muss|Angabe|Anfrage)\\b");
    /** What no answer may show a person: class names, SQL, Camunda's codes and English error texts, Jackson's positions. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|org\\.|java\\.|com\\.fasterxml|SQL|ENGINE-|Cannot|line: \\d|column: \\d|\\[Source:|Unrecognized|Unexpected");

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger REFUSED_CLEANLY = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger STATE_CHANGED = new AtomicInteger();
    private static final List<String> FAILED = new ArrayList<>();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private RestApi api;
    private EngineAndRegisterState state;
    private WebappSession tasklist;
    private final Fixture f = new Fixture();

    /** The instances and tasks the cases aim at. */
    static final class Fixture {
        String checkPi;
        String checkTask;
        String declarationsPi;
        String declarationsTask;
        String declinedPi;
        String completedTask;
        String establishedPi;
        long tableId;
        List<Long> members = new ArrayList<>();
        String nominatePi;
        String nominateTask;
        String singleBallotTask;
        String multiBallotTask;
        String reviewTask;
    }

    private enum Channel { REST, TASKLIST }

    /** One bad request: who sends what where, and (optionally) a text the German answer must contain. */
    record Case(String what, Channel channel, String user, HttpMethod method, Function<Fixture, String> path,
                Function<Fixture, Object> body, MediaType contentType, String expected) {

        @Override
        public String toString() {
            return what;
        }

        Case expecting(String text) {
            return new Case(what, channel, user, method, path, body, contentType, text);
        }
    }

    // --- fixtures: a working table founded through REST, its four first elections at nomination, ballot and review

    @BeforeAll
    void setUpFixtures() throws Exception {
        api = new RestApi(rest);
        state = new EngineAndRegisterState(jdbc);
        tasklist = WebappSession.loggedIn(rest, COORDINATION);

        f.checkPi = api.proposeWorkingTable("Katalog: Vorschlag in Prüfung", "Teilhabe");
        f.checkTask = task(f.checkPi, "Task_CheckProposal");

        f.declarationsPi = api.proposeWorkingTable("Katalog: Erklärungen sammeln", "Teilhabe");
        complete(task(f.declarationsPi, "Task_CheckProposal"), Map.of(FoundingVariables.ACCEPTED.name(), typed(true, "Boolean")));
        f.declarationsTask = task(f.declarationsPi, "Task_RecordDeclarations");
        assertDeclared(api.declareReadiness(f.declarationsPi, "Kira Katalog", "kira.katalog@example.org", "Katalogverein Schwerin"));

        f.declinedPi = api.proposeWorkingTable("Katalog: abgelehnter Vorschlag", "Teilhabe");
        f.completedTask = task(f.declinedPi, "Task_CheckProposal");
        complete(f.completedTask, Map.of(FoundingVariables.DECISION.name(), typed("decline", "String"),
                FoundingVariables.DECLINE_REASON.name(), typed("Gibt es schon.", "String")));
        api.awaitCompleted(f.declinedPi);

        f.establishedPi = api.proposeWorkingTable("Katalog: Gründung mit Wahlen", "Teilhabe");
        complete(task(f.establishedPi, "Task_CheckProposal"), Map.of(FoundingVariables.ACCEPTED.name(), typed(true, "Boolean")));
        String[] orgs = {"Katalog Caritas", "Katalog Diakonie", "Katalog AWO", "Katalog Jobcenter", "Katalog Volkshochschule"};
        for (int i = 0; i < orgs.length; i++) {
            assertDeclared(api.declareReadiness(f.establishedPi, "Person " + (char) ('A' + i) + " Katalog",
                    "katalog" + i + "@example.org", orgs[i]));
        }
        api.awaitEstablished(f.establishedPi);
        f.tableId = api.historicVariable(f.establishedPi, FoundingVariables.WORKING_TABLE_ID.name()).orElseThrow().asLong();
        api.json(api.call(COORDINATION, HttpMethod.GET, "/api/bodies/" + f.tableId, null)).path("members")
                .forEach(m -> f.members.add(m.path("partnerId").asLong()));
        assertThat(f.members).hasSize(5);
        await().atMost(RestApi.ASYNC_TIMEOUT).until(() -> election("SPEAKERS_COUNCIL_DEPUTY") != null);
        // the declaration period ends (an operator fires the timer): now the founding is over for good
        JsonNode periodEnds = api.json(api.call("demo", HttpMethod.GET, "/engine-rest/job?processInstanceId="
                + f.establishedPi + "&activityId=TimerEvent_DeclarationPeriodEnds", null));
        assertThat(periodEnds).hasSize(1);
        assertThat(api.call("demo", HttpMethod.POST, "/engine-rest/job/" + periodEnds.get(0).path("id").asText() + "/execute",
                null).getStatusCode().value()).isEqualTo(204);
        api.awaitCompleted(f.establishedPi);

        f.nominatePi = election(LEADER_ELECTION);
        f.nominateTask = task(f.nominatePi, "Task_NominateCandidates");

        String deputy = election("DEPUTY_LEADER");
        nominate(task(deputy, "Task_NominateCandidates"), f.members.get(0));
        f.singleBallotTask = task(deputy, "Task_RecordBallot");

        String council = election("SPEAKERS_COUNCIL_MEMBER");
        nominate(task(council, "Task_NominateCandidates"), f.members.get(0), f.members.get(1));
        f.multiBallotTask = task(council, "Task_RecordBallot");

        String councilDeputy = election("SPEAKERS_COUNCIL_DEPUTY");
        nominate(task(councilDeputy, "Task_NominateCandidates"), f.members.get(1));
        complete(task(councilDeputy, "Task_RecordBallot"), Map.of(ElectionVariables.PRESENT.name(), typed(3, "Integer"),
                ElectionVariables.YES.name(), typed(0, "Integer"), ElectionVariables.NO.name(), typed(3, "Integer"),
                ElectionVariables.ABSTENTIONS.name(), typed(0, "Integer")));
        f.reviewTask = task(councilDeputy, "Task_ReviewFailedElection");
    }

    // --- the catalogue

    static Stream<Case> catalogue() {
        List<Case> cases = new ArrayList<>();
        foundingStart(cases);
        checkProposal(cases);
        recordDeclarations(cases);
        readinessMessage(cases);
        electionStart(cases);
        nomination(cases);
        ballots(cases);
        review(cases);
        tasksAndReads(cases);
        tasklistEngineApi(cases);
        registerApiAndOverview(cases);
        return cases.stream();
    }

    private static final String START_FOUNDING = "/engine-rest/process-definition/key/" + FoundingVariables.PROCESS_KEY + "/start";
    private static final String START_ELECTION = "/engine-rest/process-definition/key/" + ElectionVariables.PROCESS_KEY + "/start";

    private static void foundingStart(List<Case> c) {
        c.add(rest("founding start: topic as Boolean", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", typed(true, "Boolean"))).expecting("Thema"));
        c.add(rest("founding start: topic as Integer", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", typed(42, "Integer"))).expecting("Thema"));
        c.add(rest("founding start: topic of 10 001 characters", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", typed(TEN_THOUSAND, "String"))).expecting("zu lang"));
        c.add(rest("founding start: description of 10 001 characters", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("description", typed(TEN_THOUSAND, "String"))).expecting("zu lang"));
        c.add(rest("founding start: field of action of 300 characters", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("fieldOfAction", typed("y".repeat(300), "String"))).expecting("zu lang"));
        c.add(rest("founding start: topic missing", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", null)).expecting("Thema"));
        c.add(rest("founding start: no variables at all", PARTNER, HttpMethod.POST, START_FOUNDING, Map.of()));
        c.add(rest("founding start: unknown network", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("networkId", typed("netzwerk-gibt-es-nicht", "String"))).expecting("Netzwerk"));
        c.add(rest("founding start: network id with HTML", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("networkId", typed(SCRIPT, "String"))));
        c.add(rest("founding start: network id with a combining mark", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("networkId", typed(Network.MIGRATION_SCHWERIN + "\u0301", "String"))));
        c.add(rest("founding start: forged proposer", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("proposer", typed(COORDINATION, "String"))).expecting("proposer"));
        c.add(rest("founding start: forged proposalId", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("proposalId", typed(1, "Long"))).expecting("proposalId"));
        c.add(rest("founding start: unknown variable quorumReached", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("quorumReached", typed(true, "Boolean"))).expecting("quorumReached"));
        c.add(rest("founding start: unknown variable named by an emoji", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal(EMOJI, typed("x", "String"))));
        c.add(rest("founding start: topic with NUL", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", typed(NUL, "String"))).expecting("Steuerzeichen"));
        c.add(rest("founding start: topic with a right-to-left override", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", typed(RTL_OVERRIDE, "String"))).expecting("Thema"));
        c.add(rest("founding start: topic of zero-width spaces only", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", typed(ZERO_WIDTH_ONLY, "String"))).expecting("Thema"));
        c.add(rest("founding start: topic with an unpaired surrogate", PARTNER, HttpMethod.POST, START_FOUNDING,
                raw("{\"variables\":{\"networkId\":{\"value\":\"migration-schwerin\"},\"topic\":{\"value\":\"Thema \\ud800\"},"
                        + "\"description\":{\"value\":\"d\"},\"fieldOfAction\":{\"value\":\"Teilhabe\"}}}")).expecting("Thema"));
        c.add(rest("founding start: proposer e-mail eva@example..org", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("proposerEmail", typed("eva@example..org", "String"))).expecting("E-Mail"));
        c.add(rest("founding start: proposer e-mail <script>@example.org", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("proposerEmail", typed("<script>@example.org", "String"))).expecting("E-Mail"));
        c.add(rest("founding start: proposer e-mail kein-mail", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("proposerEmail", typed("kein-mail", "String"))).expecting("E-Mail"));
        c.add(rest("founding start: proposer e-mail with a zero-width space", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("proposerEmail", typed("eva\u200B@example.org", "String"))).expecting("E-Mail"));
        c.add(rest("founding start: topic as Json", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", typed("{\"a\":1}", "Json"))).expecting("Thema"));
        c.add(rest("founding start: topic as serialized Java object", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", Map.of("value", "rO0ABXQAAXg=", "type", "Object", "valueInfo",
                        Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")))));
        c.add(rest("founding start: unknown value type", PARTNER, HttpMethod.POST, START_FOUNDING,
                proposal("topic", typed("Wohnen", "Bogus"))));
        c.add(rest("founding start: Long 2^63", PARTNER, HttpMethod.POST, START_FOUNDING,
                raw("{\"variables\":{\"topic\":{\"value\":" + TWO_POW_63 + ",\"type\":\"Long\"}}}")));
        c.add(rest("founding start: Integer 2^31", PARTNER, HttpMethod.POST, START_FOUNDING,
                raw("{\"variables\":{\"topic\":{\"value\":" + TWO_POW_31 + ",\"type\":\"Integer\"}}}")));
        c.add(rest("founding start: malformed JSON", PARTNER, HttpMethod.POST, START_FOUNDING, raw("{\"variables\": {")));
        c.add(rest("founding start: JSON array instead of object", PARTNER, HttpMethod.POST, START_FOUNDING, raw("[1,2]")));
        c.add(rest("founding start: variables as text", PARTNER, HttpMethod.POST, START_FOUNDING, raw("{\"variables\":\"alle\"}")));
        c.add(rest("founding start: variable without a value object", PARTNER, HttpMethod.POST, START_FOUNDING,
                raw("{\"variables\":{\"topic\":\"Wohnen\"}}")));
        c.add(new Case("founding start: sent as text/plain", Channel.REST, PARTNER, HttpMethod.POST, x -> START_FOUNDING,
                x -> "topic=Wohnen", MediaType.TEXT_PLAIN, null));
        c.add(rest("founding start: start instructions (modification) by a partner", PARTNER, HttpMethod.POST, START_FOUNDING,
                with(proposal("topic", typed("Abkürzung", "String")), "startInstructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_EstablishWorkingTable")))));
        c.add(rest("founding start through submit-form: unknown variable", PARTNER, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + FoundingVariables.PROCESS_KEY + "/submit-form",
                proposal("established", typed(true, "Boolean"))).expecting("established"));
        c.add(rest("founding start through submit-form: topic of 10 001 characters", PARTNER, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + FoundingVariables.PROCESS_KEY + "/submit-form",
                proposal("topic", typed(TEN_THOUSAND, "String"))).expecting("zu lang"));
        c.add(rest("start of an unknown process key", PARTNER, HttpMethod.POST,
                "/engine-rest/process-definition/key/GibtEsNicht/start", proposal("topic", typed("x", "String"))));
        c.add(rest("start of a process key with HTML", PARTNER, HttpMethod.POST,
                "/engine-rest/process-definition/key/%3Cimg%20src%3Dx%3E/start", proposal("topic", typed("x", "String"))));
        c.add(rest("start of an unknown process definition id", PARTNER, HttpMethod.POST,
                "/engine-rest/process-definition/gibt-es-nicht:1:1/start", proposal("topic", typed("x", "String"))));
    }

    private static void checkProposal(List<Case> c) {
        Function<Fixture, String> complete = x -> "/engine-rest/task/" + x.checkTask + "/complete";
        Function<Fixture, String> submit = x -> "/engine-rest/task/" + x.checkTask + "/submit-form";
        c.add(rest("check: accepted as text \"ja\"", COORDINATION, HttpMethod.POST, complete, vars("accepted", typed("ja", "String"))));
        c.add(rest("check: accepted as Integer 1", COORDINATION, HttpMethod.POST, complete, vars("accepted", typed(1, "Integer"))));
        c.add(rest("check: decision \"vielleicht\"", COORDINATION, HttpMethod.POST, complete, vars("decision", typed("vielleicht", "String"))));
        c.add(rest("check: decision with a combining mark", COORDINATION, HttpMethod.POST, complete, vars("decision", typed(COMBINING, "String"))));
        c.add(rest("check: declined without a reason", COORDINATION, HttpMethod.POST, complete, vars("decision", typed("decline", "String")))
                .expecting("begründen"));
        c.add(rest("check: reason of 10 001 characters", COORDINATION, HttpMethod.POST, complete,
                vars("decision", typed("decline", "String"), "declineReason", typed(TEN_THOUSAND, "String"))).expecting("zu lang"));
        c.add(rest("check: no decision", COORDINATION, HttpMethod.POST, complete, Map.of("variables", Map.of())));
        c.add(rest("check: forged established", COORDINATION, HttpMethod.POST, complete,
                vars("accepted", typed(true, "Boolean"), "established", typed(true, "Boolean"))).expecting("established"));
        c.add(rest("check: forged proposalId", COORDINATION, HttpMethod.POST, complete,
                vars("accepted", typed(true, "Boolean"), "proposalId", typed(999_999, "Long"))).expecting("proposalId"));
        c.add(rest("check: malformed JSON", COORDINATION, HttpMethod.POST, complete, raw("{\"variables\":{\"accepted\":")));
        c.add(rest("check: Boolean given as an object", COORDINATION, HttpMethod.POST, complete,
                raw("{\"variables\":{\"accepted\":{\"value\":{\"ja\":true},\"type\":\"Boolean\"}}}")));
        c.add(rest("check: body null", COORDINATION, HttpMethod.POST, complete, raw("null")));
        c.add(rest("check submit-form: accepted as text", COORDINATION, HttpMethod.POST, submit, vars("accepted", typed("ja", "String"))));
        c.add(rest("check submit-form: unknown variable", COORDINATION, HttpMethod.POST, submit,
                vars("decision", typed("accept", "String"), "workingTableId", typed(1, "Long"))).expecting("workingTableId"));
        c.add(rest("check submit-form: reason with NUL", COORDINATION, HttpMethod.POST, submit,
                vars("decision", typed("decline", "String"), "declineReason", typed(NUL, "String"))).expecting("Steuerzeichen"));
        c.add(rest("check: completed by a partner (not a candidate)", PARTNER, HttpMethod.POST, complete,
                vars("accepted", typed(true, "Boolean"))));
    }

    private static void recordDeclarations(List<Case> c) {
        Function<Fixture, String> complete = x -> "/engine-rest/task/" + x.declarationsTask + "/complete";
        c.add(rest("declarations: e-mail kein-mail", COORDINATION, HttpMethod.POST, complete, row("Eva Muster", "kein-mail", "Eva e.V.")).expecting("E-Mail"));
        c.add(rest("declarations: e-mail eva@example..org", COORDINATION, HttpMethod.POST, complete, row("Eva Muster", "eva@example..org", "Eva e.V.")).expecting("E-Mail"));
        c.add(rest("declarations: e-mail <script>@example.org", COORDINATION, HttpMethod.POST, complete, row("Eva Muster", "<script>@example.org", "Eva e.V.")).expecting("E-Mail"));
        c.add(rest("declarations: e-mail with an umlaut domain", COORDINATION, HttpMethod.POST, complete, row("Eva Muster", "eva@müller.de", "Eva e.V.")).expecting("E-Mail"));
        c.add(rest("declarations: name of 10 001 characters", COORDINATION, HttpMethod.POST, complete, row(TEN_THOUSAND, "eva@example.org", "Eva e.V.")).expecting("zu lang"));
        c.add(rest("declarations: e-mail of 10 001 characters", COORDINATION, HttpMethod.POST, complete, row("Eva Muster", TEN_THOUSAND + "@example.org", "Eva e.V.")).expecting("zu lang"));
        c.add(rest("declarations: organisation of zero-width spaces only", COORDINATION, HttpMethod.POST, complete, row("Eva Muster", "eva@example.org", ZERO_WIDTH_ONLY)));
        c.add(rest("declarations: name with NUL", COORDINATION, HttpMethod.POST, complete, row(NUL, "eva@example.org", "Eva e.V.")).expecting("Steuerzeichen"));
        c.add(rest("declarations: name with a right-to-left override", COORDINATION, HttpMethod.POST, complete, row(RTL_OVERRIDE, "eva@example.org", "Eva e.V.")));
        c.add(rest("declarations: organisation with HTML, e-mail invalid", COORDINATION, HttpMethod.POST, complete, row("Eva", "eva@", HTML)).expecting("E-Mail"));
        c.add(rest("declarations: e-mail as Integer", COORDINATION, HttpMethod.POST, complete,
                vars(DeclarationsForm.name(1).name(), typed("Eva", "String"), DeclarationsForm.email(1).name(), typed(5, "Integer"))));
        c.add(rest("declarations: a sixth row", COORDINATION, HttpMethod.POST, complete,
                vars("declaration6Name", typed("Eva", "String"), "declaration6Email", typed("eva@example.org", "String"))).expecting("declaration6Name"));
        c.add(rest("declarations: forged organisationCount", COORDINATION, HttpMethod.POST, complete,
                vars("organisationCount", typed(5, "Integer"))).expecting("organisationCount"));
        c.add(rest("declarations: Json list malformed", COORDINATION, HttpMethod.POST, complete,
                vars("declarations", typed("[{\"representativeName\":", "Json"))).expecting("JSON"));
        c.add(rest("declarations: Json list as text", COORDINATION, HttpMethod.POST, complete,
                vars("declarations", typed("Eva, Jana", "String"))).expecting("Liste"));
        c.add(rest("declarations: Json object instead of a list", COORDINATION, HttpMethod.POST, complete,
                vars("declarations", typed("{\"representativeName\":\"Eva\"}", "Json"))).expecting("Liste"));
        c.add(rest("declarations: 101 entries", COORDINATION, HttpMethod.POST, complete,
                vars("declarations", typed(declarationList(101), "Json"))).expecting("höchstens"));
        c.add(rest("declarations: entry with e-mail as number", COORDINATION, HttpMethod.POST, complete,
                vars("declarations", typed("[{\"representativeName\":\"Eva\",\"representativeEmail\":5,\"organisation\":\"X\"}]", "Json"))));
        c.add(rest("declarations: entry without e-mail", COORDINATION, HttpMethod.POST, complete,
                vars("declarations", typed("[{\"representativeName\":\"Eva\",\"organisation\":\"Eva e.V.\"}]", "Json"))));
        c.add(rest("declarations: Json with a 10 001-character name", COORDINATION, HttpMethod.POST, complete,
                vars("declarations", typed("[{\"representativeName\":\"" + TEN_THOUSAND + "\",\"representativeEmail\":\"e@example.org\"}]", "Json"))));
        c.add(rest("declarations: the same person twice (already declared)", COORDINATION, HttpMethod.POST, complete,
                row("Kira Katalog", "KIRA.katalog@example.org", "Katalogverein Schwerin")));
        c.add(rest("declarations submit-form: e-mail kein-mail", COORDINATION, HttpMethod.POST,
                x -> "/engine-rest/task/" + x.declarationsTask + "/submit-form", row("Eva Muster", "kein-mail", "Eva e.V.")).expecting("E-Mail"));
    }

    private static void readinessMessage(List<Case> c) {
        String msg = FoundingVariables.MESSAGE_READINESS_DECLARED;
        Function<Fixture, String> open = x -> x.declarationsPi;
        c.add(message("message: e-mail kein-mail", open, msg, declaration("Eva", "kein-mail", "Eva e.V.")).expecting("E-Mail"));
        c.add(message("message: e-mail <script>@example.org", open, msg, declaration("Eva", "<script>@example.org", "Eva e.V.")).expecting("E-Mail"));
        c.add(message("message: e-mail with a right-to-left override", open, msg, declaration("Eva", "eva\u202E@example.org", "Eva e.V.")));
        c.add(message("message: name of 10 001 characters", open, msg, declaration(TEN_THOUSAND, "eva@example.org", "Eva e.V.")).expecting("zu lang"));
        c.add(message("message: organisation of 10 001 characters", open, msg, declaration("Eva", "eva@example.org", TEN_THOUSAND)).expecting("zu lang"));
        c.add(message("message: organisation with NUL", open, msg, declaration("Eva", "eva@example.org", NUL)).expecting("Steuerzeichen"));
        c.add(message("message: organisation of zero-width spaces only", open, msg, declaration("Eva", "eva@example.org", ZERO_WIDTH_ONLY)));
        c.add(message("message: organisation as Boolean", open, msg, Map.of("representativeName", typed("Eva", "String"),
                "representativeEmail", typed("eva@example.org", "String"), "organisation", typed(true, "Boolean"))));
        c.add(message("message: forged established", open, msg, with(declaration("Eva", "eva@example.org", "Eva e.V."),
                "established", typed(true, "Boolean"))).expecting("established"));
        c.add(message("message: forged proposalId", open, msg, with(declaration("Eva", "eva@example.org", "Eva e.V."),
                "proposalId", typed(1, "Long"))).expecting("proposalId"));
        c.add(message("message: the person already declared", open, msg, declaration("Kira Katalog", "kira.katalog@example.org", "Katalogverein Schwerin")));
        c.add(message("message: unknown message name", open, "Msg_GibtEsNicht", declaration("Eva", "eva@example.org", "Eva e.V.")));
        c.add(message("message: to an unknown instance", x -> "gibt-es-nicht", msg, declaration("Eva", "eva@example.org", "Eva e.V.")));
        c.add(message("message: to an instance id with HTML", x -> HTML, msg, declaration("Eva", "eva@example.org", "Eva e.V.")));
        c.add(message("message: to a declined (ended) founding", x -> x.declinedPi, msg, declaration("Eva", "eva@example.org", "Eva e.V."))
                .expecting("abgeschlossen"));
        c.add(message("message: to an established (ended) founding", x -> x.establishedPi, msg, declaration("Eva", "eva@example.org", "Eva e.V."))
                .expecting("abgeschlossen"));
        c.add(message("message: to a founding still in its check", x -> x.checkPi, msg, declaration("Eva", "eva@example.org", "Eva e.V.")));
        c.add(message("message: to an election", x -> x.nominatePi, msg, declaration("Eva", "eva@example.org", "Eva e.V.")));
        c.add(rest("message: all = true", COORDINATION, HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", msg, "all", true, "processVariables", declaration("Eva", "eva@example.org", "Eva e.V."))));
        c.add(rest("message: by business key instead of instance", COORDINATION, HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", msg, "businessKey", "Gründung 1", "processVariables", declaration("Eva", "eva@example.org", "Eva e.V."))));
        c.add(rest("message: without message name", COORDINATION, HttpMethod.POST, x -> "/engine-rest/message",
                x -> Map.of("processInstanceId", x.declarationsPi, "processVariables", declaration("Eva", "eva@example.org", "Eva e.V."))));
        c.add(rest("message: malformed JSON", COORDINATION, HttpMethod.POST, "/engine-rest/message", raw("{\"messageName\":\"Msg_ReadinessDeclared\",")));
        c.add(rest("message: Long 2^63 in a variable", COORDINATION, HttpMethod.POST, x -> "/engine-rest/message",
                x -> raw("{\"messageName\":\"" + msg + "\",\"processInstanceId\":\"" + x.declarationsPi
                        + "\",\"processVariables\":{\"organisation\":{\"value\":" + TWO_POW_63 + ",\"type\":\"Long\"}}}")));
        c.add(rest("message: correlation keys that match nothing", COORDINATION, HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", msg, "correlationKeys", Map.of("topic", typed("x", "String")))));
    }

    private static void electionStart(List<Case> c) {
        c.add(rest("election start: body id 2^31", COORDINATION, HttpMethod.POST, START_ELECTION,
                raw("{\"variables\":{\"bodyId\":{\"value\":" + TWO_POW_31 + ",\"type\":\"Long\"},\"office\":{\"value\":\"LEADER\"}}}")));
        c.add(rest("election start: body id 4294967303 (wraps to 7 as int)", COORDINATION, HttpMethod.POST, START_ELECTION,
                raw("{\"variables\":{\"bodyId\":{\"value\":4294967303,\"type\":\"Long\"},\"office\":{\"value\":\"LEADER\"}}}")));
        c.add(rest("election start: body id 2^63", COORDINATION, HttpMethod.POST, START_ELECTION,
                raw("{\"variables\":{\"bodyId\":{\"value\":" + TWO_POW_63 + ",\"type\":\"Long\"},\"office\":{\"value\":\"LEADER\"}}}")));
        c.add(rest("election start: body id -1", COORDINATION, HttpMethod.POST, START_ELECTION, election(typed(-1, "Long"), "LEADER")));
        c.add(rest("election start: body id \"abc\"", COORDINATION, HttpMethod.POST, START_ELECTION, election(typed("abc", "String"), "LEADER")));
        c.add(rest("election start: body id 12 with an emoji", COORDINATION, HttpMethod.POST, START_ELECTION, election(typed("12" + EMOJI, "String"), "LEADER")));
        c.add(rest("election start: body id as Boolean", COORDINATION, HttpMethod.POST, START_ELECTION, election(typed(true, "Boolean"), "LEADER")));
        c.add(rest("election start: body id 1.5", COORDINATION, HttpMethod.POST, START_ELECTION, election(typed(1.5, "Double"), "LEADER")));
        c.add(rest("election start: body id missing", COORDINATION, HttpMethod.POST, START_ELECTION,
                Map.of("variables", Map.of("office", typed("LEADER", "String")))));
        c.add(rest("election start: office PRESIDENT", COORDINATION, HttpMethod.POST, x -> START_ELECTION,
                x -> election(typed(x.tableId, "Long"), "PRESIDENT")));
        c.add(rest("election start: office missing", COORDINATION, HttpMethod.POST, x -> START_ELECTION,
                x -> Map.of("variables", Map.of("bodyId", typed(x.tableId, "Long")))));
        c.add(rest("election start: office CHAIR of a working table", COORDINATION, HttpMethod.POST, x -> START_ELECTION,
                x -> election(typed(x.tableId, "Long"), "CHAIR")));
        c.add(rest("election start: a second LEADER election while one runs", COORDINATION, HttpMethod.POST, x -> START_ELECTION,
                x -> election(typed(x.tableId, "Long"), LEADER_ELECTION)));
        c.add(rest("election start: forged electionId", COORDINATION, HttpMethod.POST, x -> START_ELECTION,
                x -> with(election(typed(x.tableId, "Long"), "LEADER"), "electionId", typed(1, "Long"))).expecting("electionId"));
        c.add(rest("election start: by a partner", PARTNER, HttpMethod.POST, x -> START_ELECTION,
                x -> election(typed(x.tableId, "Long"), LEADER_ELECTION)));
    }

    private static void nomination(List<Case> c) {
        Function<Fixture, String> complete = x -> "/engine-rest/task/" + x.nominateTask + "/complete";
        c.add(rest("nomination: candidates \"abc\"", COORDINATION, HttpMethod.POST, complete, candidates(typed("abc", "String"), true)));
        c.add(rest("nomination: a non-member", COORDINATION, HttpMethod.POST, complete, candidates(typed("[999999]", "Json"), true)).expecting("nicht wählbar"));
        c.add(rest("nomination: id -1", COORDINATION, HttpMethod.POST, complete, candidates(typed("[-1]", "Json"), true)));
        c.add(rest("nomination: id 1e30", COORDINATION, HttpMethod.POST, complete, candidates(typed("[1e30]", "Json"), true)));
        c.add(rest("nomination: id 2^63", COORDINATION, HttpMethod.POST, complete, candidates(typed("[" + TWO_POW_63 + "]", "Json"), true)));
        c.add(rest("nomination: 51 candidates", COORDINATION, HttpMethod.POST, complete,
                candidates(typed(String.join(",", java.util.Collections.nCopies(51, "1")), "String"), true)).expecting("höchstens"));
        c.add(rest("nomination: nobody", COORDINATION, HttpMethod.POST, complete, candidates(typed("[]", "Json"), true)));
        c.add(rest("nomination: without agreement", COORDINATION, HttpMethod.POST, x -> "/engine-rest/task/" + x.nominateTask + "/complete",
                x -> candidates(typed("[" + x.members.get(0) + "]", "Json"), false)).expecting("Zustimmung"));
        c.add(rest("nomination: agreement \"vielleicht\"", COORDINATION, HttpMethod.POST, x -> "/engine-rest/task/" + x.nominateTask + "/complete",
                x -> Map.of("variables", Map.of("candidates", typed("[" + x.members.get(0) + "]", "Json"),
                        "candidatesAgreed", typed("vielleicht", "String")))));
        c.add(rest("nomination: candidates Json malformed", COORDINATION, HttpMethod.POST, complete, candidates(typed("[1,", "Json"), true)));
        c.add(rest("nomination: candidates Json object", COORDINATION, HttpMethod.POST, complete, candidates(typed("{\"a\":1}", "Json"), true)));
        c.add(rest("nomination: candidates as Integer", COORDINATION, HttpMethod.POST, complete, candidates(typed(5, "Integer"), true)));
        c.add(rest("nomination: forged electedPartnerId", COORDINATION, HttpMethod.POST, x -> "/engine-rest/task/" + x.nominateTask + "/complete",
                x -> with(candidates(typed("[" + x.members.get(0) + "]", "Json"), true), "electedPartnerId", typed(x.members.get(0), "Long")))
                .expecting("electedPartnerId"));
        c.add(rest("nomination: forged electionId", COORDINATION, HttpMethod.POST, x -> "/engine-rest/task/" + x.nominateTask + "/complete",
                x -> with(candidates(typed("[" + x.members.get(0) + "]", "Json"), true), "electionId", typed(999_999, "Long"))).expecting("electionId"));
        c.add(rest("nomination: by a partner", PARTNER, HttpMethod.POST, x -> "/engine-rest/task/" + x.nominateTask + "/complete",
                x -> candidates(typed("[" + x.members.get(0) + "]", "Json"), true)));
    }

    private static void ballots(List<Case> c) {
        Function<Fixture, String> single = x -> "/engine-rest/task/" + x.singleBallotTask + "/complete";
        Function<Fixture, String> multi = x -> "/engine-rest/task/" + x.multiBallotTask + "/complete";
        c.add(rest("ballot: present 2^31", COORDINATION, HttpMethod.POST, single,
                raw("{\"variables\":{\"present\":{\"value\":" + TWO_POW_31 + ",\"type\":\"Long\"},\"yes\":{\"value\":1,\"type\":\"Integer\"},\"no\":{\"value\":0,\"type\":\"Integer\"}}}")));
        c.add(rest("ballot: present 4294967299 (wraps to 3 as int)", COORDINATION, HttpMethod.POST, single,
                raw("{\"variables\":{\"present\":{\"value\":4294967299,\"type\":\"Long\"},\"yes\":{\"value\":3,\"type\":\"Integer\"},\"no\":{\"value\":0,\"type\":\"Integer\"}}}")));
        c.add(rest("ballot: present 2^63", COORDINATION, HttpMethod.POST, single,
                raw("{\"variables\":{\"present\":{\"value\":" + TWO_POW_63 + ",\"type\":\"Long\"}}}")));
        c.add(rest("ballot: present -1", COORDINATION, HttpMethod.POST, single, ballot(-1, 0, 0)));
        c.add(rest("ballot: more yes than present", COORDINATION, HttpMethod.POST, single, ballot(3, 4, 0)));
        c.add(rest("ballot: more present than voting members", COORDINATION, HttpMethod.POST, single, ballot(50, 30, 0)));
        c.add(rest("ballot: yes as text", COORDINATION, HttpMethod.POST, single,
                vars("present", typed(3, "Integer"), "yes", typed("viele", "String"), "no", typed(0, "Integer"))));
        c.add(rest("ballot: yes 1.5", COORDINATION, HttpMethod.POST, single,
                vars("present", typed(3, "Integer"), "yes", typed(1.5, "Double"), "no", typed(0, "Integer"))));
        c.add(rest("ballot: yes as Boolean", COORDINATION, HttpMethod.POST, single,
                vars("present", typed(3, "Integer"), "yes", typed(true, "Boolean"), "no", typed(0, "Integer"))));
        c.add(rest("ballot: present missing", COORDINATION, HttpMethod.POST, single, vars("yes", typed(1, "Integer"), "no", typed(0, "Integer"))));
        c.add(rest("ballot: votes per row with one candidate", COORDINATION, HttpMethod.POST, single,
                vars("present", typed(3, "Integer"), BallotForm.votes(1).name(), typed(3, "Integer"))));
        c.add(rest("ballot: forged candidate1Id", COORDINATION, HttpMethod.POST, single,
                with(ballot(3, 2, 1), "candidate1Id", typed(1, "Long"))).expecting("candidate1Id"));
        c.add(rest("ballot: forged outcome ELECTED", COORDINATION, HttpMethod.POST, single,
                with(ballot(3, 0, 3), "outcome", typed("ELECTED", "String"))).expecting("outcome"));
        c.add(rest("ballot: present with a zero-width space", COORDINATION, HttpMethod.POST, single,
                vars("present", typed("3\u200B", "String"), "yes", typed(2, "Integer"), "no", typed(1, "Integer"))));
        c.add(rest("ballot: several candidates, yes given", COORDINATION, HttpMethod.POST, multi,
                vars("present", typed(3, "Integer"), "yes", typed(2, "Integer"), BallotForm.votes(1).name(), typed(2, "Integer"),
                        BallotForm.votes(2).name(), typed(1, "Integer"))));
        c.add(rest("ballot: several candidates, no given", COORDINATION, HttpMethod.POST, multi,
                vars("present", typed(5, "Integer"), "no", typed(4, "Integer"), BallotForm.votes(1).name(), typed(0, "Integer"),
                        BallotForm.votes(2).name(), typed(1, "Integer"))));
        c.add(rest("ballot: votes in a row without a candidate", COORDINATION, HttpMethod.POST, multi,
                vars("present", typed(5, "Integer"), BallotForm.votes(1).name(), typed(2, "Integer"), BallotForm.votes(2).name(), typed(1, "Integer"),
                        BallotForm.votes(3).name(), typed(1, "Integer"))));
        c.add(rest("ballot: more votes than present", COORDINATION, HttpMethod.POST, multi,
                vars("present", typed(3, "Integer"), BallotForm.votes(1).name(), typed(2, "Integer"), BallotForm.votes(2).name(), typed(2, "Integer"))));
        c.add(rest("ballot: negative votes in a row", COORDINATION, HttpMethod.POST, multi,
                vars("present", typed(3, "Integer"), BallotForm.votes(1).name(), typed(-5, "Integer"), BallotForm.votes(2).name(), typed(2, "Integer"))));
        c.add(rest("ballot: a ninth row", COORDINATION, HttpMethod.POST, multi,
                vars("present", typed(3, "Integer"), "candidate9Votes", typed(1, "Integer"))).expecting("candidate9Votes"));
        c.add(rest("ballot: a row without votes", COORDINATION, HttpMethod.POST, multi,
                vars("present", typed(3, "Integer"), BallotForm.votes(1).name(), typed(2, "Integer"))));
        c.add(rest("ballot submit-form: present 100 001", COORDINATION, HttpMethod.POST, x -> "/engine-rest/task/" + x.multiBallotTask + "/submit-form",
                vars("present", typed(100_001, "Integer"), BallotForm.votes(1).name(), typed(2, "Integer"), BallotForm.votes(2).name(), typed(1, "Integer"))));
    }

    private static void review(List<Case> c) {
        Function<Fixture, String> complete = x -> "/engine-rest/task/" + x.reviewTask + "/complete";
        c.add(rest("review: nextStep missing", COORDINATION, HttpMethod.POST, complete, Map.of("variables", Map.of())));
        c.add(rest("review: nextStep \"abbrechen\"", COORDINATION, HttpMethod.POST, complete, vars("nextStep", typed("abbrechen", "String"))));
        c.add(rest("review: nextStep as Boolean", COORDINATION, HttpMethod.POST, complete, vars("nextStep", typed(true, "Boolean"))));
        c.add(rest("review: nextStep with a right-to-left override", COORDINATION, HttpMethod.POST, complete, vars("nextStep", typed("close\u202E", "String"))));
        c.add(rest("review: nextStep of 10 001 characters", COORDINATION, HttpMethod.POST, complete, vars("nextStep", typed(TEN_THOUSAND, "String"))));
        c.add(rest("review: forged outcome", COORDINATION, HttpMethod.POST, complete,
                vars("nextStep", typed("close", "String"), "outcome", typed("ELECTED", "String"))).expecting("outcome"));
        c.add(rest("review submit-form: nextStep with HTML", COORDINATION, HttpMethod.POST, x -> "/engine-rest/task/" + x.reviewTask + "/submit-form",
                vars("nextStep", typed(HTML, "String"))));
    }

    private static void tasksAndReads(List<Case> c) {
        c.add(rest("complete: unknown task", COORDINATION, HttpMethod.POST, "/engine-rest/task/gibt-es-nicht/complete",
                vars("accepted", typed(true, "Boolean"))).expecting("Aufgabe"));
        c.add(rest("complete: a task completed before", COORDINATION, HttpMethod.POST, x -> "/engine-rest/task/" + x.completedTask + "/complete",
                x -> vars("accepted", typed(true, "Boolean"))).expecting("Aufgabe"));
        c.add(rest("submit-form: unknown task", COORDINATION, HttpMethod.POST, "/engine-rest/task/gibt-es-nicht/submit-form",
                vars("accepted", typed(true, "Boolean"))).expecting("Aufgabe"));
        c.add(rest("submit-form: a task completed before", COORDINATION, HttpMethod.POST, x -> "/engine-rest/task/" + x.completedTask + "/submit-form",
                x -> vars("accepted", typed(true, "Boolean"))).expecting("Aufgabe"));
        c.add(rest("complete: task id with HTML", COORDINATION, HttpMethod.POST, "/engine-rest/task/%3Cimg%20src%3Dx%3E/complete",
                vars("accepted", typed(true, "Boolean"))));
        c.add(rest("form variables of an unknown task", COORDINATION, HttpMethod.GET, "/engine-rest/task/gibt-es-nicht/form-variables", null));
        c.add(rest("form variables of a completed task", COORDINATION, HttpMethod.GET, x -> "/engine-rest/task/" + x.completedTask + "/form-variables", x -> null));
        c.add(rest("an unknown task", COORDINATION, HttpMethod.GET, "/engine-rest/task/gibt-es-nicht", null));
        c.add(rest("variables of an unknown task", COORDINATION, HttpMethod.GET, "/engine-rest/task/gibt-es-nicht/variables", null));
        c.add(rest("deployed form of an unknown task", COORDINATION, HttpMethod.GET, "/engine-rest/task/gibt-es-nicht/deployed-form", null));
        c.add(rest("variables of an unknown instance", COORDINATION, HttpMethod.GET, "/engine-rest/process-instance/gibt-es-nicht/variables", null));
        c.add(rest("an unknown variable of an instance", COORDINATION, HttpMethod.GET,
                x -> "/engine-rest/process-instance/" + x.checkPi + "/variables/gibtEsNicht", x -> null));
        c.add(rest("start form variables of an unknown process key", COORDINATION, HttpMethod.GET,
                "/engine-rest/process-definition/key/GibtEsNicht/form-variables", null));
        c.add(rest("an unknown process key", COORDINATION, HttpMethod.GET, "/engine-rest/process-definition/key/GibtEsNicht", null));
        c.add(rest("an unknown history instance", COORDINATION, HttpMethod.GET, "/engine-rest/history/process-instance/gibt-es-nicht", null));
        c.add(rest("task query: maxResults \"abc\"", COORDINATION, HttpMethod.GET, "/engine-rest/task?maxResults=abc", null));
        c.add(rest("task query: firstResult 2^31", COORDINATION, HttpMethod.GET, "/engine-rest/task?firstResult=" + TWO_POW_31, null));
        c.add(rest("task query: unknown sort key", COORDINATION, HttpMethod.GET, "/engine-rest/task?sortBy=gibtEsNicht&sortOrder=asc", null));
        c.add(rest("task query: sortBy without sortOrder", COORDINATION, HttpMethod.GET, "/engine-rest/task?sortBy=name", null));
        c.add(rest("task query: due date that is no date", COORDINATION, HttpMethod.GET, "/engine-rest/task?dueBefore=morgen", null));
        c.add(rest("task query by POST: malformed JSON", COORDINATION, HttpMethod.POST, "/engine-rest/task", raw("{\"processInstanceId\":")));
        c.add(rest("task query by POST: wrong type", COORDINATION, HttpMethod.POST, "/engine-rest/task", raw("{\"maxPriority\":\"hoch\"}")));
        c.add(rest("instance query: variable filter with an unknown operator", COORDINATION, HttpMethod.GET,
                "/engine-rest/process-instance?variables=bodyId_ungefaehr_3", null));
        c.add(rest("history variable query: maxResults \"viele\"", COORDINATION, HttpMethod.GET, "/engine-rest/history/variable-instance?maxResults=viele", null));
        c.add(rest("an unknown REST path", COORDINATION, HttpMethod.GET, "/engine-rest/gibt-es-nicht", null));
        c.add(rest("complete by GET", COORDINATION, HttpMethod.GET, x -> "/engine-rest/task/" + x.checkTask + "/complete", x -> null));
        c.add(rest("start by DELETE", COORDINATION, HttpMethod.DELETE, START_FOUNDING, null));
    }

    private static void tasklistEngineApi(List<Case> c) {
        String api = WebappSession.ENGINE_API;
        c.add(tasklist("Tasklist submit-form: check with decision \"vielleicht\"", x -> api + "/task/" + x.checkTask + "/submit-form",
                x -> vars("decision", typed("vielleicht", "String"))));
        c.add(tasklist("Tasklist submit-form: reason of 10 001 characters", x -> api + "/task/" + x.checkTask + "/submit-form",
                x -> vars("decision", typed("decline", "String"), "declineReason", typed(TEN_THOUSAND, "String"))).expecting("zu lang"));
        c.add(tasklist("Tasklist submit-form: forged proposalId", x -> api + "/task/" + x.checkTask + "/submit-form",
                x -> vars("decision", typed("accept", "String"), "proposalId", typed(999_999, "Long"))).expecting("proposalId"));
        c.add(tasklist("Tasklist submit-form: e-mail with HTML is quoted without markup",
                x -> api + "/task/" + x.declarationsTask + "/submit-form", x -> row("Eva", HTML, "Eva e.V.")).expecting("E-Mail"));
        c.add(tasklist("Tasklist submit-form: organisation with a script, e-mail invalid",
                x -> api + "/task/" + x.declarationsTask + "/submit-form", x -> row(SCRIPT, "eva@example..org", SCRIPT)).expecting("E-Mail"));
        c.add(tasklist("Tasklist submit-form: unknown variable named with HTML",
                x -> api + "/task/" + x.declarationsTask + "/submit-form", x -> vars(HTML, typed("x", "String"))));
        c.add(tasklist("Tasklist submit-form: ballot present 2^31", x -> api + "/task/" + x.singleBallotTask + "/submit-form",
                x -> raw("{\"variables\":{\"present\":{\"value\":" + TWO_POW_31 + ",\"type\":\"Long\"}}}")));
        c.add(tasklist("Tasklist submit-form: nomination of a non-member", x -> api + "/task/" + x.nominateTask + "/submit-form",
                x -> candidates(typed("[999999]", "Json"), true)).expecting("nicht wählbar"));
        c.add(tasklist("Tasklist submit-form: review nextStep missing", x -> api + "/task/" + x.reviewTask + "/submit-form",
                x -> Map.of("variables", Map.of())));
        c.add(tasklist("Tasklist submit-form: malformed JSON", x -> api + "/task/" + x.checkTask + "/submit-form", x -> raw("{\"variables\":")));
        c.add(tasklist("Tasklist submit-form: unknown task", x -> api + "/task/gibt-es-nicht/submit-form",
                x -> vars("accepted", typed(true, "Boolean"))).expecting("Aufgabe"));
        c.add(tasklist("Tasklist submit-form: a task completed before", x -> api + "/task/" + x.completedTask + "/submit-form",
                x -> vars("accepted", typed(true, "Boolean"))).expecting("Aufgabe"));
        c.add(tasklist("Tasklist submit-form: Long 2^63", x -> api + "/task/" + x.checkTask + "/submit-form",
                x -> raw("{\"variables\":{\"accepted\":{\"value\":" + TWO_POW_63 + ",\"type\":\"Long\"}}}")));
        c.add(new Case("Tasklist: form variables of an unknown task", Channel.TASKLIST, COORDINATION, HttpMethod.GET,
                x -> api + "/task/gibt-es-nicht/form-variables", x -> null, null, null));
        c.add(new Case("Tasklist: start form of an unknown process key", Channel.TASKLIST, COORDINATION, HttpMethod.GET,
                x -> api + "/process-definition/key/GibtEsNicht/startForm", x -> null, null, null));
        c.add(tasklist("Tasklist: start with a topic of 10 001 characters",
                x -> api + "/process-definition/key/" + FoundingVariables.PROCESS_KEY + "/submit-form",
                x -> proposal("topic", typed(TEN_THOUSAND, "String"))).expecting("zu lang"));
    }

    private static void registerApiAndOverview(List<Case> c) {
        c.add(rest("/api: body id \"abc\"", COORDINATION, HttpMethod.GET, "/api/bodies/abc", null));
        c.add(rest("/api: body id beyond Long", COORDINATION, HttpMethod.GET, "/api/bodies/99999999999999999999", null));
        c.add(rest("/api: body id 1.5", COORDINATION, HttpMethod.GET, "/api/bodies/1.5", null));
        c.add(rest("/api: body id -1", COORDINATION, HttpMethod.GET, "/api/bodies/-1", null));
        c.add(rest("/api: body id 2^63", COORDINATION, HttpMethod.GET, "/api/bodies/" + TWO_POW_63, null));
        c.add(rest("/api: body id with HTML", COORDINATION, HttpMethod.GET, "/api/bodies/%3Cscript%3E", null));
        c.add(rest("/api: unknown network", COORDINATION, HttpMethod.GET, "/api/networks/gibt-es-nicht", null));
        c.add(rest("/api: bodies of an unknown network", COORDINATION, HttpMethod.GET, "/api/networks/gibt-es-nicht/bodies", null));
        c.add(rest("/api: distribution list of an unknown network", COORDINATION, HttpMethod.GET, "/api/networks/gibt-es-nicht/distribution-list", null));
        c.add(rest("/api: network id with an emoji", COORDINATION, HttpMethod.GET, "/api/networks/%F0%9F%98%80/fields-of-action", null));
        c.add(rest("/api: unknown path", COORDINATION, HttpMethod.GET, "/api/gibt-es-nicht", null));
        c.add(rest("/api: POST to a read-only resource", COORDINATION, HttpMethod.POST, "/api/networks", raw("{\"id\":")));
        c.add(rest("/api: DELETE a body", COORDINATION, HttpMethod.DELETE, "/api/bodies/1", null));
        c.add(new Case("/api: asks for XML", Channel.REST, COORDINATION, HttpMethod.GET, x -> "/api/networks", x -> null, null, null));
        c.add(rest("/uebersicht: unknown network", COORDINATION, HttpMethod.GET, "/uebersicht/gibt-es-nicht", null));
        c.add(rest("/uebersicht: network id with HTML", COORDINATION, HttpMethod.GET, "/uebersicht/%3Cscript%3E", null));
        c.add(rest("/uebersicht: CSV of an unknown network", COORDINATION, HttpMethod.GET, "/uebersicht/gibt-es-nicht/verteiler.csv", null));
        c.add(rest("/uebersicht: Verteiler of an unknown network", COORDINATION, HttpMethod.GET, "/uebersicht/gibt-es-nicht/verteiler", null));
        c.add(rest("/uebersicht: unknown body", COORDINATION, HttpMethod.GET, "/uebersicht/migration-schwerin/gremien/" + Long.MAX_VALUE, null));
        c.add(rest("/uebersicht: body id that is no number", COORDINATION, HttpMethod.GET, "/uebersicht/migration-schwerin/gremien/%3Cscript%3E", null));
        c.add(rest("/uebersicht: body id 2^63", COORDINATION, HttpMethod.GET, "/uebersicht/migration-schwerin/gremien/" + TWO_POW_63, null));
        c.add(rest("/uebersicht: body of another network", COORDINATION, HttpMethod.GET,
                x -> "/uebersicht/willkommenskultur-lsa/gremien/" + x.tableId, null));
        c.add(rest("/uebersicht: unknown page", COORDINATION, HttpMethod.GET, "/uebersicht/migration-schwerin/gibt-es-nicht", null));
        c.add(rest("/uebersicht: POST", COORDINATION, HttpMethod.POST, "/uebersicht/migration-schwerin", raw("{}")));
    }

    // --- running one case

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("catalogue")
    @DisplayName("issue 8, finding 5: bad input is refused with 4xx and a German message, and changes nothing")
    void badInputIsRefusedCleanly(Case c) throws Exception {
        state.awaitQuiet();
        Map<String, String> before = state.snapshot();
        ResponseEntity<String> answer = send(c);
        Map<String, String> after = state.snapshot();

        CASES.incrementAndGet();
        int status = answer.getStatusCode().value();
        String message = message(answer);
        List<String> changed = EngineAndRegisterState.changedTables(before, after);
        if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        if (!changed.isEmpty()) {
            STATE_CHANGED.incrementAndGet();
        }
        boolean clean = status >= 400 && status < 500 && changed.isEmpty() && isGermanWithoutInternals(message)
                && (c.expected() == null || message.contains(c.expected()))
                && (c.channel() != Channel.TASKLIST || !(message.contains("<") || message.contains(">")));
        if (clean) {
            REFUSED_CLEANLY.incrementAndGet();
        } else {
            synchronized (FAILED) {
                FAILED.add(c.what() + " → " + status + " " + message + (changed.isEmpty() ? "" : " changed " + changed));
            }
        }

        assertThat(status).as("%s: %s", c.what(), answer.getBody()).isBetween(400, 499);
        assertThat(changed).as("%s: tables changed by a refusal", c.what()).isEmpty();
        assertGermanWithoutInternals(c, message);
        if (c.expected() != null) {
            assertThat(message).as(c.what()).contains(c.expected());
        }
        if (c.channel() == Channel.TASKLIST) {
            // Tasklist shows a refusal it does not recognise as a toast, which renders HTML: no markup may come back
            assertThat(message).as("%s: quoted input without markup", c.what()).doesNotContain("<", ">");
        }
    }

    @AfterAll
    void summary() {
        System.out.printf("Bad-input catalogue: %d cases, %d refused cleanly, %d answered 5xx, %d changed state%n",
                CASES.get(), REFUSED_CLEANLY.get(), SERVER_ERRORS.get(), STATE_CHANGED.get());
        FAILED.forEach(f -> System.out.println("  not clean: " + f));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("issue 8: the catalogue has at least 120 cases")
    void catalogueIsLargeEnough() {
        assertThat(catalogue().count()).isGreaterThanOrEqualTo(120);
    }

    private ResponseEntity<String> send(Case c) throws Exception {
        String path = c.path().apply(f);
        Object body = c.body() == null ? null : c.body().apply(f);
        MediaType type = c.contentType() != null ? c.contentType() : MediaType.APPLICATION_JSON;
        if (body instanceof Raw r) {
            body = r.json();
        } else if (body != null && !(body instanceof String)) {
            body = json.writeValueAsString(body);
        }
        if (c.channel() == Channel.TASKLIST) {
            return tasklist.exchange(c.method(), path, body, type);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(c.what().contains("asks for XML") ? MediaType.APPLICATION_XML : MediaType.APPLICATION_JSON));
        if (body != null) {
            headers.setContentType(type);
        }
        return rest.withBasicAuth(c.user(), c.user()).exchange(java.net.URI.create(rest.getRootUri() + path), c.method(),
                new HttpEntity<>(body, headers), String.class);
    }

    /** The message of a refusal: the field "message" of a JSON answer, or the text of any other. */
    private String message(ResponseEntity<String> answer) {
        String body = answer.getBody() == null ? "" : answer.getBody();
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.has("message")) {
                return node.path("message").asText();
            }
        } catch (Exception notJson) {
            // a text answer
        }
        return body;
    }

    private static boolean isGermanWithoutInternals(String message) {
        return message != null && !message.isBlank() && GERMAN.matcher(message).find() && !INTERNALS.matcher(message).find();
    }

    private static void assertGermanWithoutInternals(Case c, String message) {
        assertThat(message).as("%s: a message", c.what()).isNotBlank();
        assertThat(GERMAN.matcher(message).find()).as("%s: German message, got: %s", c.what(), message).isTrue();
        assertThat(INTERNALS.matcher(message).find()).as("%s: no internals in: %s", c.what(), message).isFalse();
    }

    // --- building requests

    /** A request body sent exactly as written (malformed JSON, numbers beyond Long, escapes). */
    record Raw(String json) {
    }

    private static Raw raw(String json) {
        return new Raw(json);
    }

    private static Case rest(String what, String user, HttpMethod method, String path, Object body) {
        return new Case(what, Channel.REST, user, method, x -> path, x -> body, null, null);
    }

    private static Case rest(String what, String user, HttpMethod method, Function<Fixture, String> path, Object body) {
        return new Case(what, Channel.REST, user, method, path, x -> body, null, null);
    }

    private static Case rest(String what, String user, HttpMethod method, Function<Fixture, String> path,
                             Function<Fixture, Object> body) {
        return new Case(what, Channel.REST, user, method, path, body, null, null);
    }

    private static Case tasklist(String what, Function<Fixture, String> path, Function<Fixture, Object> body) {
        return new Case(what, Channel.TASKLIST, COORDINATION, HttpMethod.POST, path, body, null, null);
    }

    private static Case message(String what, Function<Fixture, String> pi, String messageName, Map<String, Object> variables) {
        return new Case(what, Channel.REST, COORDINATION, HttpMethod.POST, x -> "/engine-rest/message", x -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("messageName", messageName);
            body.put("processInstanceId", pi.apply(x));
            body.put("processVariables", variables);
            return body;
        }, null, null);
    }

    static Map<String, Object> typed(Object value, String type) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        v.put("type", type);
        return v;
    }

    /** {"variables": {name: value, …}} from name, value pairs. */
    private static Map<String, Object> vars(Object... nameValue) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            variables.put((String) nameValue[i], nameValue[i + 1]);
        }
        return Map.of("variables", variables);
    }

    /** A valid proposal with one variable replaced (null: left out). */
    private static Map<String, Object> proposal(String name, Object value) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FoundingVariables.NETWORK_ID.name(), typed(Network.MIGRATION_SCHWERIN, "String"));
        variables.put(FoundingVariables.TOPIC.name(), typed("Katalog: neuer Vorschlag", "String"));
        variables.put(FoundingVariables.DESCRIPTION.name(), typed("Bedarf aus der Tagung", "String"));
        variables.put(FoundingVariables.FIELD_OF_ACTION.name(), typed("Teilhabe", "String"));
        if (value == null) {
            variables.remove(name);
        } else {
            variables.put(name, value);
        }
        return Map.of("variables", variables);
    }

    /** The body with one more variable (in "variables" or a message's "processVariables") or top-level field. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value instanceof Map<?, ?> m && m.containsKey("value") && copy.containsKey("variables")) {
            Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) copy.get("variables"));
            variables.put(name, value);
            copy.put("variables", variables);
        } else if (value instanceof Map<?, ?> m && m.containsKey("value") && !copy.containsKey("variables")) {
            copy.put(name, value);
        } else {
            copy.put(name, value);
        }
        return copy;
    }

    private static Map<String, Object> row(String name, String email, String organisation) {
        return vars(DeclarationsForm.name(1).name(), typed(name, "String"), DeclarationsForm.email(1).name(), typed(email, "String"),
                DeclarationsForm.organisation(1).name(), typed(organisation, "String"));
    }

    private static Map<String, Object> declaration(String name, String email, String organisation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FoundingVariables.REPRESENTATIVE_NAME.name(), typed(name, "String"));
        variables.put(FoundingVariables.REPRESENTATIVE_EMAIL.name(), typed(email, "String"));
        variables.put(FoundingVariables.ORGANISATION.name(), typed(organisation, "String"));
        return variables;
    }

    private static String declarationList(int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add("{\"representativeName\":\"P " + i + "\",\"representativeEmail\":\"p" + i + "@example.org\",\"organisation\":\"O " + i + "\"}");
        }
        return "[" + String.join(",", items) + "]";
    }

    private static Map<String, Object> election(Map<String, Object> bodyId, String office) {
        return vars(ElectionVariables.BODY_ID.name(), bodyId, ElectionVariables.OFFICE.name(), typed(office, "String"));
    }

    private static Map<String, Object> candidates(Map<String, Object> candidates, boolean agreed) {
        return vars(ElectionVariables.CANDIDATES.name(), candidates, ElectionVariables.CANDIDATES_AGREED.name(), typed(agreed, "Boolean"));
    }

    private static Map<String, Object> ballot(int present, int yes, int no) {
        return vars(ElectionVariables.PRESENT.name(), typed(present, "Integer"), ElectionVariables.YES.name(), typed(yes, "Integer"),
                ElectionVariables.NO.name(), typed(no, "Integer"), ElectionVariables.ABSTENTIONS.name(), typed(0, "Integer"));
    }

    // --- fixture helpers

    private String task(String pi, String definitionKey) throws Exception {
        JsonNode tasks = api.json(api.call("demo", HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + definitionKey, null));
        assertThat(tasks).as(definitionKey + " of " + pi).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    private void complete(String taskId, Map<String, Object> variables) {
        ResponseEntity<String> done = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", variables));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void nominate(String taskId, Long... partnerIds) {
        complete(taskId, Map.of(ElectionVariables.CANDIDATES.name(), typed(List.of(partnerIds).toString(), "Json"),
                ElectionVariables.CANDIDATES_AGREED.name(), typed(true, "Boolean")));
    }

    /** The running election of the catalogue's working table for that office, or null. */
    private String election(String office) throws Exception {
        JsonNode found = api.json(api.call("demo", HttpMethod.POST, "/engine-rest/process-instance", Map.of(
                "processDefinitionKey", ElectionVariables.PROCESS_KEY, "variables", List.of(
                        Map.of("name", ElectionVariables.BODY_ID.name(), "operator", "eq", "value", f.tableId),
                        Map.of("name", ElectionVariables.OFFICE.name(), "operator", "eq", "value", office)))));
        return found.size() == 1 ? found.get(0).path("id").asText() : null;
    }
}
