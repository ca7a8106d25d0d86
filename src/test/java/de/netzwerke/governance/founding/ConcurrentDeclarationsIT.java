package de.netzwerke.governance.founding;

import static de.netzwerke.governance.testsupport.RestApi.COORDINATION;
import static de.netzwerke.governance.testsupport.RestApi.assertDeclared;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.testsupport.GreenMailConfiguration;
import de.netzwerke.governance.testsupport.RestApi;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Issue 8, finding 6: declarations that arrive at the same moment, through the REST API as integrators send
 * them — ten organisations at the quorum edge, the same person ten times. Runs on H2 and, with the
 * {@code postgres} profile, on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(GreenMailConfiguration.class)
class ConcurrentDeclarationsIT {

    private static final int SIMULTANEOUS = 10;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ReadinessDeclarationRepository declarations;
    @Autowired
    FoundingProposalRepository proposals;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private RestApi api;

    @BeforeEach
    void setUp() {
        api = new RestApi(rest);
    }

    @Test
    @DisplayName("AT-3: 10 organisations declaring at once at the quorum edge: no 500, all 14 recorded and members, the table established once")
    void tenOrganisationsAtTheQuorumEdge() throws Exception {
        String topic = "Gleichzeitig erklärt";
        String pi = acceptedFounding(topic);
        assertDeclared(api.declareReadiness(pi, "Anna Erste", "gl.anna@example.org", "Gleichzeitig Eins"));
        assertDeclared(api.declareReadiness(pi, "Bert Zweite", "gl.bert@example.org", "Gleichzeitig Zwei"));
        assertDeclared(api.declareReadiness(pi, "Cora Dritte", "gl.cora@example.org", "Gleichzeitig Drei"));
        assertDeclared(api.declareReadiness(pi, "Dirk Vierte", "gl.dirk@example.org", "Gleichzeitig Vier"));

        List<HttpResponse<String>> answers = simultaneously(i -> declare(pi, "Person " + i,
                "gl.person" + i + "@example.org", "Gleichzeitige Organisation " + i));

        assertThat(answers).as("answers").allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(204));
        Long proposalId = proposalOf(pi);
        assertThat(declarations.findByProposalIdOrderById(proposalId)).as("declarations recorded").hasSize(4 + SIMULTANEOUS);

        api.awaitEstablished(pi);
        List<JsonNode> tables = tablesNamed("Arbeitstisch " + topic);
        assertThat(tables).as("working tables of that name").hasSize(1);
        assertThat(tables.get(0).path("members")).as("members").hasSize(4 + SIMULTANEOUS);
    }

    @Test
    @DisplayName("AT-3: the same person 10 times at once: one declaration recorded, 9 refusals with 400 and a German reason, no 500")
    void samePersonTenTimes() throws Exception {
        String pi = acceptedFounding("Doppelt erklärt");

        List<HttpResponse<String>> answers = simultaneously(i -> declare(pi, "Erika Eilig", "gl.erika@example.org",
                "Eilige Organisation"));

        assertThat(answers).filteredOn(a -> a.statusCode() == 204).as("accepted").hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 204).as("refused").hasSize(SIMULTANEOUS - 1)
                .allSatisfy(a -> {
                    assertThat(a.statusCode()).as(a.body()).isEqualTo(400);
                    assertThat(json.readTree(a.body()).path("message").asText()).contains("bereits erklärt");
                });
        assertThat(declarations.findByProposalIdOrderById(proposalOf(pi))).hasSize(1);
    }

    private interface Declaring {
        HttpResponse<String> declare(int i) throws Exception;
    }

    /** Sends {@link #SIMULTANEOUS} requests that start at the same moment and waits for every answer. */
    private List<HttpResponse<String>> simultaneously(Declaring request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SIMULTANEOUS);
        try {
            CountDownLatch ready = new CountDownLatch(SIMULTANEOUS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 1; i <= SIMULTANEOUS; i++) {
                int n = i;
                futures.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    ready.countDown();
                    go.await();
                    return request.declare(n);
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> declare(String pi, String name, String email, String organisation) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FoundingVariables.REPRESENTATIVE_NAME.name(), Map.of("value", name, "type", "String"));
        variables.put(FoundingVariables.REPRESENTATIVE_EMAIL.name(), Map.of("value", email, "type", "String"));
        variables.put(FoundingVariables.ORGANISATION.name(), Map.of("value", organisation, "type", "String"));
        String body = json.writeValueAsString(Map.of("messageName", FoundingVariables.MESSAGE_READINESS_DECLARED,
                "processInstanceId", pi, "processVariables", variables));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/message"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((COORDINATION + ":" + COORDINATION).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String acceptedFounding(String topic) throws Exception {
        String pi = api.proposeWorkingTable(topic, "Teilhabe");
        JsonNode tasks = api.json(api.call(COORDINATION, HttpMethod.GET,
                "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=Task_CheckProposal", null));
        assertThat(tasks).hasSize(1);
        var accepted = api.call(COORDINATION, HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).path("id").asText()
                + "/complete", Map.of("variables", Map.of(FoundingVariables.DECISION.name(), RestApi.typed("accept", "String"))));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
        return pi;
    }

    private Long proposalOf(String pi) {
        return proposals.findByProcessInstanceId(pi).orElseThrow().getId();
    }

    private List<JsonNode> tablesNamed(String name) throws Exception {
        List<JsonNode> matching = new ArrayList<>();
        api.json(api.call(COORDINATION, HttpMethod.GET, "/api/networks/migration-schwerin/bodies", null))
                .forEach(b -> {
                    if (name.equals(b.path("name").asText())) {
                        matching.add(b);
                    }
                });
        return matching;
    }
}
