package de.netzwerke.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import de.netzwerke.benchbaseline.BareCamundaApplication;
import de.netzwerke.governance.GovernanceApplication;

/**
 * Issue 15, start-up (run by {@code ./mvnw -Pbench verify}; {@code -Ppostgres} for PostgreSQL): the time from starting
 * a JVM ({@code -Xmx512m}) to the first answer of {@code GET /engine-rest/engine} that lists the engine, on a fresh
 * database each time (a new H2 file; on PostgreSQL a new schema), for the application in its default profile and for a bare Camunda
 * webapp + REST starter application, alternating, {@code bench.startup.runs} (default 3) times each. It prints the
 * medians and their ratio (goal ≤ 1.2).
 *
 * <p>The baseline is {@link BareCamundaApplication}, a {@code @SpringBootApplication} with nothing but a main method,
 * on the classpath a bare project with {@code camunda-bpm-spring-boot-starter-webapp}, {@code -rest}, {@code spring-boot-starter-jdbc} (the
 * datasource and transaction manager the engine needs, as in Camunda's getting-started project), H2 and the
 * PostgreSQL driver resolves: the benchmark writes that project's {@code pom.xml} (same Spring Boot parent, same
 * Camunda BOM) to {@code target/bench/bare-camunda} and asks Maven for its classpath. So the baseline has neither the
 * application's classes nor its libraries (JPA, Flyway, Thymeleaf, actuator …), and the figure says what the
 * application adds to the engine.
 */
class StartupBenchmark {

    static final Path WORK = Path.of("target", "bench");

    /** One application to start: its name, what the table calls it, and how to launch it. */
    record Contender(String name, String label, String classpath, List<String> launch, boolean bare) {
    }

    @Test
    void startup() throws Exception {
        int runs = Integer.getInteger("bench.startup.runs", 3);
        boolean postgres = Bench.postgres();
        String appClasspath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target", "bench-runtime-classpath.txt")).trim();
        String bareClasspath = bareClasspath();
        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender("app", "application (default profile)", appClasspath,
                List.of(GovernanceApplication.class.getName()), false));
        contenders.add(new Contender("bare", "bare Camunda webapp + REST starter", bareClasspath,
                List.of(BareCamundaApplication.class.getName()), true));
        if (!Boolean.getBoolean("bench.startup.skip-cds")) {
            contenders.addAll(withClassDataSharing(bareClasspath, postgres));
        }
        // -Dbench.startup.variant="--a=b --c=d;--e=f": more contenders, the application with these arguments (to
        // measure a setting before making it the default); ';' separates contenders
        int v = 0;
        for (String variant : System.getProperty("bench.startup.variant", "").split(";")) {
            if (!variant.isBlank()) {
                List<String> launch = new ArrayList<>(List.of(GovernanceApplication.class.getName()));
                launch.addAll(List.of(variant.trim().split("\\s+")));
                contenders.add(new Contender("variant" + ++v, "application " + variant.trim(), appClasspath, launch, false));
            }
        }

        java.util.Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        contenders.forEach(c -> times.put(c.name(), new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            // rotate which one starts first, so that none always meets a warmer page cache or a quieter machine
            List<Contender> order = new ArrayList<>(contenders);
            java.util.Collections.rotate(order, i);
            for (Contender c : order) {
                times.get(c.name()).add(start(c, i, postgres));
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (Contender c : contenders) {
            List<Long> t = times.get(c.name());
            rows.add(new String[] {c.label(), Bench.seconds(t), String.format("%.2f s", Bench.median(t) / 1e9)});
        }
        ratio(rows, times, "app", "bare", "ratio application / bare (goal <= 1.2)");
        ratio(rows, times, "app-cds", "bare", "ratio application with CDS / bare (goal <= 1.2)");
        ratio(rows, times, "app-cds", "bare-cds", "ratio application with CDS / bare with CDS");
        ratio(rows, times, "app-cds-refresh", "bare", "ratio application with CDS, archive ending on refresh / bare");
        for (int i = 1; i <= v; i++) {
            ratio(rows, times, "variant" + i, "app", "ratio variant " + i + " / application");
        }
        Bench.table("Start-up (" + (postgres ? "PostgreSQL" : "H2") + ", -Xmx512m, fresh database, JVM start to first "
                + "answer of /engine-rest/engine that lists the engine, " + runs + " alternating runs)",
                rows, "", "runs (s)", "median");
        assertThat(times.get("app")).hasSize(runs);
    }

    static void ratio(List<String[]> rows, java.util.Map<String, List<Long>> times, String a, String b, String label) {
        if (times.containsKey(a) && times.containsKey(b)) {
            rows.add(new String[] {label, "", String.format("%.2f", Bench.median(times.get(a)) / Bench.median(times.get(b)))});
        }
    }

    /**
     * Spring Boot's class-data sharing for the packaged jar, as an operator would run it (README „Profiles and settings“): the jar
     * extracted with {@code -Djarmode=tools extract}, one training run with {@code -XX:ArchiveClassesAtExit} that ends
     * after its first answer ({@code governance.startup.training-run}), then every start with
     * {@code -XX:SharedArchiveFile}. The bare application gets the same treatment (its main class in a jar of its own:
     * CDS archives no class from a directory; its training run is stopped once it has answered), so that the last
     * ratio compares like with like. {@code -Xshare:on}: a start that cannot use the archive fails instead of being
     * measured without it. {@code -Dbench.startup.cds-on-refresh=true} adds the application trained the way Spring
     * Boot's documentation shows ({@code -Dspring.context.exit=onRefresh}), to compare the two archives.
     */
    List<Contender> withClassDataSharing(String bareClasspath, boolean postgres) throws Exception {
        Path dir = WORK.resolve("cds").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        Path jar = Path.of(System.getProperty("bench.jar", "")).toAbsolutePath();
        assertThat(jar).as("the packaged application (./mvnw -Pbench verify packages it first)").isRegularFile();
        Path extracted = dir.resolve("application");
        int exit = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                extracted.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("extract.log").toFile())
                .start().waitFor();
        assertThat(exit).as("extracting " + jar + ", see " + dir.resolve("extract.log")).isZero();
        Path appJar = extracted.resolve(jar.getFileName());

        Path bareJar = dir.resolve("bare-main.jar");
        String relative = BareCamundaApplication.class.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(bareJar))) {
            out.putNextEntry(new java.util.jar.JarEntry(relative));
            out.write(Files.readAllBytes(Path.of("target", "test-classes").resolve(relative)));
            out.closeEntry();
        }
        String bareJarClasspath = bareJar + File.pathSeparator
                + bareClasspath.substring(bareClasspath.indexOf(File.pathSeparator) + 1);

        List<Contender> trained = new ArrayList<>();
        List<Contender> contenders = new ArrayList<>(List.of(
                new Contender("app-cds", "application, packaged jar with CDS", "", List.of("-jar", appJar.toString()), false),
                new Contender("bare-cds", "bare Camunda webapp + REST starter with CDS", bareJarClasspath,
                        List.of(BareCamundaApplication.class.getName()), true)));
        if (Boolean.getBoolean("bench.startup.cds-on-refresh")) {
            contenders.add(new Contender("app-cds-refresh", "application with CDS, archive of a run that ends on refresh",
                    "", List.of("-jar", appJar.toString()), false));
        }
        for (Contender c : contenders) {
            Path archive = dir.resolve(c.name() + ".jsa");
            List<String> training = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive));
            if (c.name().equals("app-cds-refresh")) {
                training.add("-Dspring.context.exit=onRefresh");
            } else if (!c.bare()) {
                training.add("-Dgovernance.startup.training-run=true");
            }
            training.addAll(c.launch());
            Contender trainingRun = new Contender(c.name() + "-training", c.label(), c.classpath(), training, c.bare());
            if (c.bare()) {
                // the bare application has no training run of its own: stopped (SIGTERM) after its first answer
                start(trainingRun, 0, postgres);
            } else {
                runToEnd(trainingRun, postgres);
            }
            assertThat(archive).as("CDS archive of " + c.name()).isRegularFile();
            List<String> launch = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
            launch.addAll(c.launch());
            trained.add(new Contender(c.name(), c.label(), c.classpath(), launch, c.bare()));
        }
        return trained;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts one JVM, polls until {@code /engine-rest/engine} answers 200 with the engine {@code default} listed, stops
     * it; returns nanoseconds.
     */
    long start(Contender contender, int run, boolean postgres) {
        try {
            return startOnce(contender, run, postgres);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM command of one start, on a fresh database in {@code dir}. */
    ProcessBuilder command(Contender contender, Path dir, int port, boolean postgres) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m"));
        command.addAll(contender.launch());
        command.add("--server.port=" + port);
        if (postgres) {
            String schema = "bench_startup_" + contender.name().replace('-', '_');
            String url = System.getenv().getOrDefault("GOVERNANCE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getenv().getOrDefault("GOVERNANCE_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("GOVERNANCE_DB_PASSWORD", "");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
                s.execute("create schema " + schema);
            }
            command.addAll(List.of(
                    "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                    "--camunda.bpm.database.schema-name=" + schema, "--camunda.bpm.database.table-prefix=" + schema + "."));
            if (!contender.bare()) {
                command.add("--spring.profiles.active=postgres");
            }
        } else {
            command.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        }
        if (contender.bare()) {
            // a bare project has no application.yaml; this name matches no file on the classpath
            command.add("--spring.config.name=bare-camunda");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile());
        builder.environment().remove("CLASSPATH");
        if (!contender.classpath().isEmpty()) {
            builder.environment().put("CLASSPATH", contender.classpath());
        }
        return builder;
    }

    /** A training run: starts the JVM and waits until it ends by itself. */
    void runToEnd(Contender contender, boolean postgres) throws Exception {
        Path dir = WORK.resolve("cds").resolve(contender.name()).toAbsolutePath();
        Files.createDirectories(dir);
        Process process = command(contender, dir, 0, postgres).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(contender.name() + " did not end within 5 minutes, see " + dir.resolve("console.log"));
        }
        assertThat(process.exitValue()).as(contender.name() + " exit code, see " + dir.resolve("console.log")).isZero();
    }

    long startOnce(Contender contender, int run, boolean postgres) throws Exception {
        String name = contender.name();
        Path dir = WORK.resolve("startup-" + name + "-" + run).toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        int port = Bench.freePort();
        ProcessBuilder builder = command(contender, dir, port, postgres);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                .timeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " ended before it answered, see " + dir.resolve("console.log"));
                }
                if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException(name + " did not answer within 5 minutes, see " + dir.resolve("console.log"));
                }
                try {
                    HttpResponse<String> answer = http.send(ping, HttpResponse.BodyHandlers.ofString());
                    // the engine must be listed: an empty list would count an engine that a lazy start has not
                    // built yet
                    if (answer.statusCode() == 200 && answer.body().contains("\"name\":\"default\"")) {
                        return System.nanoTime() - t0;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * The classpath of a bare project with the two Camunda starters and the two JDBC drivers, resolved by Maven from a
     * generated {@code pom.xml}, plus the directory with {@link BareCamundaApplication} alone.
     */
    static String bareClasspath() throws Exception {
        Path project = WORK.resolve("bare-camunda").toAbsolutePath();
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>%s</version>
                    <relativePath/>
                  </parent>
                  <groupId>bench</groupId>
                  <artifactId>bare-camunda</artifactId>
                  <version>1</version>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>org.camunda.bpm</groupId>
                        <artifactId>camunda-bom</artifactId>
                        <version>%s</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>org.camunda.bpm.springboot</groupId>
                      <artifactId>camunda-bpm-spring-boot-starter-webapp</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.camunda.bpm.springboot</groupId>
                      <artifactId>camunda-bpm-spring-boot-starter-rest</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-jdbc</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>com.h2database</groupId>
                      <artifactId>h2</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.postgresql</groupId>
                      <artifactId>postgresql</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(System.getProperty("bench.spring-boot.version"), System.getProperty("bench.camunda.version")));
        Path classpathFile = project.resolve("classpath.txt");
        Files.deleteIfExists(classpathFile);
        Path basedir = Path.of(System.getProperty("bench.basedir", ".")).toAbsolutePath();
        List<String> mvn = new ArrayList<>(List.of(basedir.resolve("mvnw").toString(), "-q", "-B", "-f",
                project.resolve("pom.xml").toString(), "dependency:build-classpath",
                "-Dmdep.outputFile=" + classpathFile, "-Dmdep.includeScope=runtime"));
        String repo = System.getProperty("bench.local-repository");
        if (repo != null && !repo.isBlank()) {
            mvn.add("-Dmaven.repo.local=" + repo);
        }
        // offline first (the application's build has fetched all of it); online when something is missing
        mvn.add(1, "-o");
        int exit = maven(mvn, basedir, project);
        if (exit != 0) {
            mvn.remove(1);
            exit = maven(mvn, basedir, project);
        }
        assertThat(exit).as("Maven resolving the bare project, see " + project.resolve("maven.log")).isZero();
        Path classes = project.resolve("classes");
        String relative = BareCamundaApplication.class.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(Path.of("target", "test-classes").resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
        return classes + File.pathSeparator + Files.readString(classpathFile).trim();
    }

    static int maven(List<String> command, Path basedir, Path project) throws Exception {
        return new ProcessBuilder(command).directory(basedir.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("maven.log").toFile()).start().waitFor();
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

}
