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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.testsupport.PackagedJar;

/**
 * Issue 15: the packaged jar started with class-data sharing exactly as README „Profiles and settings“ tells an
 * operator: extracted, one training run ({@code governance.startup.training-run}) that writes the archive and ends by
 * itself, then a start with the archive. The classes that only load after the context has refreshed (Jersey's set-up,
 * the answer of {@code /engine-rest/engine}) must come from the archive, since that is what the training run is for.
 * Needs the jar: runs in {@code ./mvnw verify} after {@code package}; H2 in a folder under {@code target/}.
 */
class ClassDataSharingIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        PackagedJar.stop(started);
    }

    @Test
    @DisplayName("Start-up: the training run ends by itself with exit code 0 after its first answer, and a start with "
            + "its archive takes Jersey's and the first request's classes from the archive")
    void trainingRunArchivesWhatTheStartLoads() throws Exception {
        Path workDir = Files.createDirectories(Path.of("target", "class-data-sharing", "run-" + System.currentTimeMillis()))
                .toAbsolutePath();
        Path extracted = workDir.resolve("app");
        Process extract = process(workDir, "extract.log", "-Djarmode=tools", "-jar", PackagedJar.jar().toAbsolutePath().toString(),
                "extract", "--destination", extracted.toString());
        assertThat(extract.waitFor(2, TimeUnit.MINUTES)).as("extracting the jar").isTrue();
        assertThat(extract.exitValue()).as("extracting the jar: %s", log(workDir, "extract.log")).isZero();
        String appJar = extracted.resolve(PackagedJar.jar().getFileName()).toString();
        Path archive = workDir.resolve("application.jsa");

        Process training = process(workDir, "training.log", "-Xmx512m", "-XX:ArchiveClassesAtExit=" + archive,
                "-Dgovernance.startup.training-run=true", "-jar", appJar, "--server.port=0");
        assertThat(training.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .as("the training run ends by itself: %s", log(workDir, "training.log")).isTrue();
        assertThat(training.exitValue()).as("exit code of the training run: %s", log(workDir, "training.log")).isZero();
        assertThat(Files.readString(workDir.resolve("training.log"))).as("the training run's console")
                .contains("Training run: GET /engine-rest/engine answered 200");
        assertThat(archive).as("the archive the training run wrote").isRegularFile();

        int port = PackagedJar.freePort();
        Path classLog = workDir.resolve("classes.log");
        Process start = process(workDir, "start.log", "-Xmx512m", "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                "-Xlog:class+load=info:file=" + classLog, "-jar", appJar, "--server.port=" + port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest engines = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/engine"))
                .timeout(Duration.ofSeconds(30)).build();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(start.isAlive()).as("the start with the archive ended: %s", log(workDir, "start.log")).isTrue();
            try {
                HttpResponse<String> answer = http.send(engines, HttpResponse.BodyHandlers.ofString());
                return answer.statusCode() == 200 && answer.body().contains("\"name\":\"default\"");
            } catch (IOException notYetListening) {
                return false;
            }
        });
        List<String> loaded = Files.readAllLines(classLog, StandardCharsets.UTF_8);
        // loaded once the web server starts Jersey, and by the first answer: after the refresh that ends Spring's own
        // training run (-Dspring.context.exit=onRefresh)
        for (String className : List.of("org.glassfish.jersey.server.ApplicationHandler",
                "org.camunda.bpm.engine.rest.dto.ProcessEngineDto", GovernanceApplication.class.getName())) {
            assertThat(loaded).as("where %s came from", className)
                    .anyMatch(line -> line.contains(" " + className + " source: shared objects file"));
        }
    }

    private Process process(Path workDir, String logName, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(logName).toFile());
        // the default profile on its H2 file under workDir, whatever the build's environment says
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static String log(Path workDir, String name) {
        return PackagedJar.tail(workDir.resolve(name));
    }
}
