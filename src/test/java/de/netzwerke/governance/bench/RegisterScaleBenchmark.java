package de.netzwerke.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Issue 15, register at scale ({@code ./mvnw -Pbench verify}): {@code GET /api/networks/{id}/bodies} and the network's
 * Übersicht page, as the Fachstelle, first with 10 working tables and 100 partners, then — the same network, grown —
 * with 200 working tables and 5,000 partners (25 members, a leader and a running election per table). Prints the median time per request
 * at both sizes, the ratio (goal ≤ 3) and the SQL statements per request (goal: the same at both sizes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "governance.steering.schedule-at-startup=false",
                "logging.level.de.netzwerke.governance.notification=warn"})
@ActiveProfiles(resolver = TestProfiles.class)
@Import(StatementCounter.class)
class RegisterScaleBenchmark {

    static final String NETWORK = Network.MIGRATION_SCHWERIN;
    static final int REPEAT = Integer.getInteger("bench.requests", 30);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private int tables;
    private int partners;

    @Test
    void registerAtScale() throws Exception {
        grow(10, 100);
        Measure apiSmall = measure("/api/networks/" + NETWORK + "/bodies");
        Measure pageSmall = measure("/uebersicht/" + NETWORK);
        grow(200, 5000);
        Measure apiBig = measure("/api/networks/" + NETWORK + "/bodies");
        Measure pageBig = measure("/uebersicht/" + NETWORK);

        List<String[]> rows = new ArrayList<>();
        rows.add(apiSmall.row("GET /api/networks/{id}/bodies, 10 tables / 100 partners"));
        rows.add(apiBig.row("GET /api/networks/{id}/bodies, 200 tables / 5,000 partners"));
        rows.add(new String[] {"ratio 200 / 10 (goal <= 3)", String.format("%.2f", apiBig.median / apiSmall.median), ""});
        rows.add(pageSmall.row("Übersicht page, 10 tables / 100 partners"));
        rows.add(pageBig.row("Übersicht page, 200 tables / 5,000 partners"));
        rows.add(new String[] {"ratio 200 / 10 (goal <= 3)", String.format("%.2f", pageBig.median / pageSmall.median), ""});
        Bench.table("Register at scale (" + database() + ", as the Fachstelle, median of " + REPEAT + " requests)", rows,
                "", "median ms", "SQL statements / request");
        // which statements are sent more often in the big network than in the small one (should be none)
        List<String[]> grown = new ArrayList<>();
        grown(grown, "bodies", apiSmall, apiBig);
        grown(grown, "Übersicht", pageSmall, pageBig);
        if (!grown.isEmpty()) {
            Bench.table("Statements that grow with the network", grown, "request", "small", "big", "SQL");
        }
        assertThat(apiBig.bytes).isGreaterThan(apiSmall.bytes);
    }

    static void grown(List<String[]> rows, String request, Measure small, Measure big) {
        big.sql().forEach((sql, n) -> {
            long before = small.sql().getOrDefault(sql, 0L);
            if (n > before) {
                rows.add(new String[] {request, Long.toString(before), Long.toString(n), sql.length() > 160 ? sql.substring(0, 160) + "…" : sql});
            }
        });
    }

    record Measure(double median, long statements, int bytes, java.util.Map<String, Long> sql) {

        String[] row(String label) {
            return new String[] {label, String.format("%.1f", median / 1e6), Long.toString(statements)};
        }
    }

    Measure measure(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "koordination:koordination".getBytes(StandardCharsets.UTF_8)))
                .build();
        // warm-up: JIT, templates, statement caches
        for (int i = 0; i < 5; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        List<Long> times = new ArrayList<>();
        long statements = 0;
        int bytes = 0;
        java.util.Map<String, Long> sql = java.util.Map.of();
        for (int i = 0; i < REPEAT; i++) {
            StatementCounter.reset();
            long t0 = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            times.add(System.nanoTime() - t0);
            statements = StatementCounter.count();
            sql = StatementCounter.bySql();
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
            bytes = answer.body().length();
        }
        return new Measure(Bench.median(times), statements, bytes, sql);
    }

    /** Adds partners (one organisation per two), working tables, 25 members, a leader and a running election each, up to the sizes. */
    void grow(int tableCount, int partnerCount) {
        LocalDate since = LocalDate.of(2025, 1, 1);
        List<Object[]> orgs = new ArrayList<>();
        for (int i = partners; i < partnerCount; i += 2) {
            orgs.add(new Object[] {NETWORK, "Bench-Organisation " + i, "bench-organisation " + i});
        }
        jdbc.batchUpdate("insert into organisation (network_id, name, name_key) values (?, ?, ?)", orgs);
        List<Object[]> people = new ArrayList<>();
        for (int i = partners; i < partnerCount; i++) {
            String email = "bench" + i + "@example.org";
            people.add(new Object[] {NETWORK, "Bench Partner:in " + i, email, email, "bench-organisation " + (i - i % 2), since});
        }
        jdbc.batchUpdate("insert into partner (network_id, name, email, email_key, organisation_id, status, joined_on) "
                + "values (?, ?, ?, ?, (select id from organisation where network_id = '" + NETWORK + "' and name_key = ?), 'ACTIVE', ?)",
                people);
        partners = partnerCount;
        List<Long> partnerIds = jdbc.queryForList("select id from partner where network_id = ? and email like 'bench%' order by id",
                Long.class, NETWORK);
        for (int t = tables; t < tableCount; t++) {
            jdbc.update("insert into body (network_id, kind, name, topic, group_id, status, established_on) "
                    + "values (?, 'WORKING_TABLE', ?, ?, ?, 'ACTIVE', ?)", NETWORK, "Arbeitstisch Bench " + t,
                    "Thema " + t, "arbeitstisch-bench-" + t, since);
            Long body = jdbc.queryForObject("select id from body where group_id = ?", Long.class, "arbeitstisch-bench-" + t);
            List<Object[]> members = new ArrayList<>();
            for (int m = 0; m < 25; m++) {
                members.add(new Object[] {body, partnerIds.get((t * 25 + m) % partnerIds.size()), since});
            }
            jdbc.batchUpdate("insert into membership (body_id, partner_id, since) values (?, ?, ?)", members);
            jdbc.update("insert into office (body_id, partner_id, kind, term_start, term_end) values (?, ?, 'LEADER', ?, ?)",
                    body, partnerIds.get((t * 25) % partnerIds.size()), since, since.plusYears(2));
            // a running election with two candidates in every table: the Übersicht lists each with its body and, for
            // the Fachstelle, its candidates, which must not cost a statement per election
            jdbc.update("insert into election (body_id, office_kind, status, round, process_instance_id, started_at, running_key) "
                    + "values (?, 'DEPUTY_LEADER', 'BALLOTING', 1, ?, ?, ?)", body, "bench-election-" + t,
                    java.sql.Timestamp.from(java.time.Instant.now()), body + ":DEPUTY_LEADER");
            Long election = jdbc.queryForObject("select id from election where running_key = ?", Long.class, body + ":DEPUTY_LEADER");
            jdbc.batchUpdate("insert into election_candidate (election_id, partner_id, standing) values (?, ?, true)", List.of(
                    new Object[] {election, partnerIds.get((t * 25 + 1) % partnerIds.size())},
                    new Object[] {election, partnerIds.get((t * 25 + 2) % partnerIds.size())}));
        }
        tables = tableCount;
        Bench.analyze(jdbc);
    }

    String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }
}
