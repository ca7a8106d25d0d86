package de.netzwerke.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Issue 14's benchmark (not part of {@code ./mvnw verify}; run {@code ./mvnw -Pbench verify}, with
 * {@code -Ppostgres} on PostgreSQL): a digital vote with 50 and with 5,000 voters, every vote cast through the
 * ballot endpoint {@code POST /abstimmung/stimme} one after the other; it prints the cost per vote at both sizes and
 * their ratio (goal ≤ 1.2: a vote costs the same however many have voted), then 200 requests at once (150 voters,
 * 50 of them twice at the same moment) and prints lost and doubled votes (goal 0 and 0) and the count against the
 * votes accepted. It prints figures; it asserts only what must hold whatever the machine (no lost or doubled vote).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false",
                "logging.level.de.netzwerke.governance.notification=warn"})
@ActiveProfiles(resolver = TestProfiles.class)
class DigitalVoteBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    DigitalVotes votes;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();

    @Test
    void benchmark() throws Exception {
        // warm-up: JIT, connection pool, Hibernate's statement cache (the first votes are several times slower)
        castAll(open("bench-warmup", 2000), 2000);

        long[] big = castAll(open("bench-5000", 5000), 5000).stream().mapToLong(Long::longValue).toArray();
        // 50 voters: ten votes of 50 give as many samples as the tail of the big one
        List<Long> small = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            small.addAll(castAll(open("bench-50-" + i, 50), 50));
        }
        long[] smallNs = small.stream().mapToLong(Long::longValue).toArray();
        long[] firstBig = Arrays.copyOfRange(big, 0, 500);
        long[] lastBig = Arrays.copyOfRange(big, big.length - 500, big.length);

        double smallMean = mean(smallNs);
        double bigMean = mean(big);
        System.out.println();
        System.out.println("== Digital vote benchmark (" + database() + "), votes cast through POST /abstimmung/stimme ==");
        System.out.printf("%-44s %10s %10s %10s%n", "", "votes", "mean ms", "median ms");
        row("50 voters (10 votes of 50)", smallNs);
        row("5,000 voters, all votes", big);
        row("5,000 voters, first 500 votes", firstBig);
        row("5,000 voters, last 500 votes (4,500 cast)", lastBig);
        System.out.printf("ratio per-vote cost 5,000 / 50 (mean):   %.2f   (goal <= 1.2)%n", bigMean / smallMean);
        System.out.printf("ratio per-vote cost 5,000 / 50 (median): %.2f%n", median(big) / median(smallNs));
        System.out.printf("ratio last 500 / first 500 of 5,000 (mean): %.2f%n", mean(lastBig) / mean(firstBig));

        // 200 requests at once: 150 voters, 50 of them twice at the same moment
        DigitalVote vote = open("bench-concurrent", 150);
        List<Voter> voters = votes.voters(vote);
        List<String> tokens = new ArrayList<>();
        for (Voter v : voters) {
            tokens.add(votes.token(vote, v.getPartnerId()));
        }
        for (int i = 0; i < 50; i++) {
            tokens.add(tokens.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(200);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String choice = i % 3 == 0 ? "NO" : "YES";
            answers.add(pool.submit(() -> {
                go.await();
                return post(token, choice).statusCode();
            }));
        }
        go.countDown();
        int accepted = 0;
        int refused = 0;
        int other = 0;
        for (Future<Integer> a : answers) {
            int status = a.get();
            if (status == 200) {
                accepted++;
            } else if (status == 400) {
                refused++;
            } else {
                other++;
            }
        }
        pool.shutdown();
        Integer ballots = jdbc.queryForObject("select count(*) from digital_vote_ballot where vote_id = ?", Integer.class, vote.getId());
        Integer seatsCast = jdbc.queryForObject("select count(*) from digital_vote_seat where vote_id = ?", Integer.class, vote.getId());
        int counted = votes.find(vote.getId()).orElseThrow().getCastCount();
        int lost = Math.max(0, accepted - ballots);
        int doubled = Math.max(0, ballots - seatsCast) + Math.max(0, ballots - accepted);
        // the count: everyone voted, so the vote stops waiting; its count job runs here
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(vote.getProcessInstanceId()).singleResult();
        if (pi != null) {
            runJobs(pi.getId());
        }
        DigitalVote result = votes.find(vote.getId()).orElseThrow();
        System.out.printf("200 concurrent requests (150 voters, 50 of them twice): accepted %d, refused %d, other %d%n",
                accepted, refused, other);
        System.out.printf("lost votes: %d, doubled votes: %d (goal 0 and 0); ballots %d, counter %d, count n = %s "
                + "(yes %s, no %s) = accepted %d: %s%n", lost, doubled, ballots, counted, result.getN(), result.getYes(),
                result.getNo(), accepted, Integer.valueOf(accepted).equals(result.getN()));
        System.out.println();
        assertThat(lost).isZero();
        assertThat(doubled).isZero();
        assertThat(result.getN()).isEqualTo(accepted);
    }

    /** A network of {@code size} partners and a DigitalVote of all of them, its links sent (ballots taken). */
    DigitalVote open(String networkId, int size) {
        jdbc.update("insert into network (id, name, short_name, document_kind, in_force_since) values (?, ?, ?, ?, ?)",
                networkId, "Benchmark " + networkId, networkId, "Geschäftsordnung", LocalDate.of(2024, 1, 1));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String email = "p" + i + "@" + networkId + ".example.org";
            rows.add(new Object[] {networkId, "Partner:in " + i, email, email, "ACTIVE", LocalDate.of(2024, 1, 1)});
        }
        jdbc.batchUpdate("insert into partner (network_id, name, email, email_key, status, joined_on) values (?, ?, ?, ?, ?, ?)", rows);
        ProcessInstance pi = runtime.startProcessInstanceByKey(DigitalVoteCall.PROCESS_KEY, Map.of(
                DigitalVoteCall.NETWORK_ID.name(), networkId, DigitalVoteCall.VOTE_QUESTION.name(), "Benchmark " + size,
                DigitalVoteCall.ELECTORATE.name(), "ALL_PARTNERS", DigitalVoteCall.MAJORITY.name(), "TWO_THIRDS"));
        runJobs(pi.getId());
        DigitalVote vote = votes.forInstance(pi.getId());
        assertThat(vote.getElectorateSize()).isEqualTo(size);
        return vote;
    }

    void runJobs(String processInstanceId) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
            if (job.getDuedate() == null) {
                management.executeJob(job.getId());
            }
        }
    }

    /** Casts every voter's vote one after the other; returns the time of each request in nanoseconds. */
    List<Long> castAll(DigitalVote vote, int expected) throws Exception {
        List<Voter> voters = votes.voters(vote);
        List<String> tokens = voters.stream().map(v -> votes.token(vote, v.getPartnerId())).toList();
        List<Long> times = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> answer = post(tokens.get(i), i % 4 == 0 ? "NO" : "YES");
            times.add(System.nanoTime() - t0);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        assertThat(times).hasSize(expected);
        return times;
    }

    HttpResponse<String> post(String token, String choice) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/abstimmung/stimme"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\",\"choice\":\"" + choice + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }

    static void row(String label, long[] ns) {
        System.out.printf("%-44s %10d %10.3f %10.3f%n", label, ns.length, mean(ns) / 1e6, median(ns) / 1e6);
    }

    static double mean(long[] ns) {
        return Arrays.stream(ns).average().orElse(0);
    }

    static double median(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
