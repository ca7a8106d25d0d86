package de.netzwerke.governance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** For tests that start the packaged application as an operator does ({@code java -jar}), after {@code package}. */
public final class PackagedJar {

    private PackagedJar() {
    }

    /** The application's jar in {@code target/}. */
    public static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().matches("network-governance-.*\\.jar")).toList();
            assertThat(jars).as("the packaged application in target/ (./mvnw verify builds it)").hasSize(1);
            return jars.get(0);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The last 40 lines of a console log, for an assertion's message. */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops what a test started: SIGTERM, then after a minute SIGKILL. */
    public static void stop(List<Process> processes) throws InterruptedException {
        for (Process p : processes) {
            if (p.isAlive()) {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }
}
