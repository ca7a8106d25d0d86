package de.netzwerke.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Issue 15, task lists at scale ({@code ./mvnw -Pbench verify}, {@code -Dbench.tasks=10000}): the Fachstelle's Tasklist
 * filter „Aufgaben: Fachstelle Chancengleichheit“ as Tasklist asks it — the first page of 15 and the count — as the
 * user {@code koordination} with Camunda authorization on, first with 100 open tasks of the Fachstelle, then with
 * {@code bench.tasks} (default 10,000; each a process instance waiting at a user task of the group, so that each has
 * its identity link and its task authorization as in production). Prints medians, the ratio (goal ≤ 2) and the SQL
 * statements per call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "governance.steering.schedule-at-startup=false",
                "logging.level.de.netzwerke.governance.notification=warn"})
@ActiveProfiles(resolver = TestProfiles.class)
@Import(StatementCounter.class)
class TaskListBenchmark {

    static final String KEY = "BenchFachstelleTask";
    static final int REPEAT = Integer.getInteger("bench.requests", 30);

    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    private int open;

    @Test
    void taskListAtScale() {
        int big = Integer.getInteger("bench.tasks", 10_000);
        repository.createDeployment().name("bench-tasks").addModelInstance("bench-tasks.bpmn",
                Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180).startEvent()
                        .userTask("Task_Check").name("Vorschlag prüfen").camundaCandidateGroups(GovernanceGroups.FACHSTELLE)
                        .endEvent().done()).deploy();
        Filter filter = filters.createFilterQuery().filterNameLike("Aufgaben: Fachstelle Chancengleichheit%").singleResult();
        assertThat(filter).as("the Fachstelle's filter (AccessSetup)").isNotNull();

        grow(100);
        long[] small = measure(filter.getId());
        grow(big);
        long[] large = measure(filter.getId());
        Bench.table("Task lists at scale (" + database() + ", filter „Aufgaben: Fachstelle Chancengleichheit“ as koordination, "
                + "authorization on, first page of 15 + count, median of " + REPEAT + ")", List.of(
                        new String[] {"100 open tasks", String.format("%.1f", small[0] / 1e6), Long.toString(small[1])},
                        new String[] {String.format("%,d open tasks", big), String.format("%.1f", large[0] / 1e6), Long.toString(large[1])},
                        new String[] {"ratio (goal <= 2)", String.format("%.2f", (double) large[0] / small[0]), ""}),
                "", "median ms", "SQL statements / call");
    }

    /** Median nanoseconds of page + count, and the statements of the last call. */
    long[] measure(String filterId) {
        List<Long> times = new ArrayList<>();
        long statements = 0;
        identity.setAuthentication("koordination", List.of(GovernanceGroups.FACHSTELLE));
        try {
            for (int i = 0; i < REPEAT + 5; i++) {
                StatementCounter.reset();
                long t0 = System.nanoTime();
                List<Task> page = filters.listPage(filterId, 0, 15);
                long count = filters.count(filterId);
                long t = System.nanoTime() - t0;
                statements = StatementCounter.count();
                assertThat(page).hasSize(15);
                assertThat(count).isGreaterThanOrEqualTo(open);
                if (i >= 5) {
                    times.add(t);
                }
            }
        } finally {
            identity.clearAuthentication();
        }
        return new long[] {(long) Bench.median(times), statements};
    }

    void grow(int to) {
        for (; open < to; open++) {
            runtime.startProcessInstanceByKey(KEY, "Bench " + open);
        }
        Bench.analyze(jdbc);
    }

    String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }
}
