package de.netzwerke.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzwerke.governance.founding.FoundingVariables;
import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.testsupport.PackagedJar;

/**
 * The packaged application as an operator runs it ({@code java -jar}), killed with SIGKILL right after it
 * acknowledged declarations of readiness, and started again on the same data: every acknowledged
 * declaration is still there, and ids are not handed out twice. On H2 (the default profile's file
 * database, in a folder under {@code target/}) or, with {@code -Dgovernance.test.database=postgres}, on
 * PostgreSQL in a schema of its own. Needs the jar: runs in {@code ./mvnw verify} after {@code package}.
 */
class CrashRecoveryIT {

    private static final String COORDINATION = "koordination";
    private static final String CRASH_SCHEMA = "governance_crash";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    private Path workDir;
    private int port;

    @AfterEach
    void stopEverything() throws InterruptedException {
        PackagedJar.stop(started);
    }

    @Test
    @DisplayName("AT-3: declarations acknowledged with 204 survive kill -9 of the application; after the restart the "
            + "working table is established with every one of them and gets an id larger than every earlier one")
    void acknowledgedDeclarationsSurviveSigkill() throws Exception {
        workDir = Files.createDirectories(Path.of("target", "crash-recovery", "run-" + System.currentTimeMillis()));
        port = PackagedJar.freePort();
        List<String> args = databaseArguments();

        // 1. first life: propose, accept, declare; SIGKILL right after the last acknowledgement
        Process first = start(args, "first.log");
        long highestBodyId = highestBodyId();
        String topic = "Absturzsicherheit " + System.currentTimeMillis();
        String pi = acceptedFounding(topic);
        List<String> declared = new ArrayList<>();
        String[][] declarations = {
                {"Clara Caritas", "crash.clara@example.org", "Caritas Schwerin"},
                {"Ida Einzeln", "crash.ida@example.org", ""},
                {"Jonas Jobcenter", "crash.jonas@example.org", "Jobcenter Schwerin"},
                {"Emil Einzeln", "crash.emil@example.org", ""},
                {"Anna Awo", "crash.anna@example.org", "AWO Schwerin"},
                {"Carl Caritas", "crash.carl@example.org", "caritas schwerin"},
                {"Malik Beirat", "crash.malik@example.org", "Migrantenbeirat Schwerin"}};
        for (String[] d : declarations) {
            HttpResponse<String> answer = declare(pi, d[0], d[1], d[2]);
            assertThat(answer.statusCode()).as("declaration of %s: %s", d[0], answer.body()).isEqualTo(204);
            declared.add(d[0]);
        }
        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("killed").isTrue();

        // 2. second life on the same data
        start(args, "second.log");
        assertThat(variable(pi, FoundingVariables.ORGANISATION_COUNT.name()).asInt())
                .as("organisations declared before the kill (%s)", log("first.log")).isEqualTo(4);
        HttpResponse<String> fifth = declare(pi, "Hanna Helios", "crash.hanna@example.org", "Helios Kliniken Schwerin");
        assertThat(fifth.statusCode()).as(fifth.body()).isEqualTo(204);
        declared.add("Hanna Helios");

        JsonNode table = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> workingTable("Arbeitstisch " + topic), t -> t != null);
        List<String> members = new ArrayList<>();
        table.path("members").forEach(m -> members.add(m.path("name").asText()));
        assertThat(members).as("members of the new working table").containsExactlyInAnyOrderElementsOf(declared);
        assertThat(table.path("id").asLong()).as("id of the new working table").isGreaterThan(highestBodyId);
    }

    // --- the application as a process

    private Process start(List<String> args, String logName) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", PackagedJar.jar().toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(logName).toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Process process = builder.start();
        started.add(process);
        // ready: the coordination can log in and read the founding process (users, rights and diagrams exist)
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(process.isAlive()).as("application exited: %s", log(logName)).isTrue();
            try {
                return get("/engine-rest/engine").statusCode() == 200
                        && get("/engine-rest/process-definition/key/" + FoundingVariables.PROCESS_KEY).statusCode() == 200;
            } catch (IOException notYetListening) {
                return false;
            }
        });
        return process;
    }

    /** H2: the default profile's file database under the working folder. PostgreSQL: a schema of its own, emptied. */
    private List<String> databaseArguments() throws Exception {
        if (!"postgres".equals(System.getProperty("governance.test.database"))) {
            return List.of();
        }
        String url = env("GOVERNANCE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("GOVERNANCE_DB_USER", "postgres");
        String password = env("GOVERNANCE_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + CRASH_SCHEMA + " cascade");
            s.execute("create schema " + CRASH_SCHEMA);
        }
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + CRASH_SCHEMA,
                "--camunda.bpm.database.schema-name=" + CRASH_SCHEMA,
                "--camunda.bpm.database.table-prefix=" + CRASH_SCHEMA + ".");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private String log(String name) {
        return PackagedJar.tail(workDir.resolve(name));
    }

    // --- the REST calls, as the coordination makes them

    private String acceptedFounding(String topic) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FoundingVariables.NETWORK_ID.name(), Map.of("value", Network.MIGRATION_SCHWERIN));
        variables.put(FoundingVariables.TOPIC.name(), Map.of("value", topic));
        variables.put(FoundingVariables.DESCRIPTION.name(), Map.of("value", "Bedarf aus der Tagung"));
        variables.put(FoundingVariables.FIELD_OF_ACTION.name(), Map.of("value", "Teilhabe"));
        HttpResponse<String> started = post("/engine-rest/process-definition/key/" + FoundingVariables.PROCESS_KEY + "/start",
                Map.of("variables", variables));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String pi = json.readTree(started.body()).path("id").asText();
        JsonNode tasks = json.readTree(get("/engine-rest/task?processInstanceId=" + pi
                + "&taskDefinitionKey=Task_CheckProposal").body());
        assertThat(tasks).hasSize(1);
        HttpResponse<String> accepted = post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
                Map.of("variables", Map.of(FoundingVariables.ACCEPTED.name(), Map.of("value", true, "type", "Boolean"))));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        return pi;
    }

    private HttpResponse<String> declare(String pi, String name, String email, String organisation) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(FoundingVariables.REPRESENTATIVE_NAME.name(), Map.of("value", name));
        variables.put(FoundingVariables.REPRESENTATIVE_EMAIL.name(), Map.of("value", email));
        variables.put(FoundingVariables.ORGANISATION.name(), Map.of("value", organisation));
        return post("/engine-rest/message", Map.of("messageName", FoundingVariables.MESSAGE_READINESS_DECLARED,
                "processInstanceId", pi, "processVariables", variables));
    }

    private JsonNode variable(String pi, String name) throws Exception {
        HttpResponse<String> answer = get("/engine-rest/process-instance/" + pi + "/variables/" + name);
        assertThat(answer.statusCode()).as("variable %s of %s: %s", name, pi, answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).path("value");
    }

    private long highestBodyId() throws Exception {
        long highest = 0;
        for (String network : List.of(Network.MIGRATION_SCHWERIN, Network.WILLKOMMENSKULTUR_LSA)) {
            for (JsonNode body : json.readTree(get("/api/networks/" + network + "/bodies").body())) {
                highest = Math.max(highest, body.path("id").asLong());
            }
        }
        assertThat(highest).as("bodies of the reference and demo data").isPositive();
        return highest;
    }

    private JsonNode workingTable(String name) throws Exception {
        for (JsonNode body : json.readTree(get("/api/networks/" + Network.MIGRATION_SCHWERIN + "/bodies").body())) {
            if (name.equals(body.path("name").asText())) {
                return body;
            }
        }
        return null;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder().encodeToString(
                (COORDINATION + ":" + COORDINATION).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
    }
}
