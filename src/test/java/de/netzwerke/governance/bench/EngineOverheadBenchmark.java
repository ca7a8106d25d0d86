package de.netzwerke.governance.bench;

import static de.netzwerke.governance.founding.FoundingVariables.DECISION;
import static de.netzwerke.governance.founding.FoundingVariables.DESCRIPTION;
import static de.netzwerke.governance.founding.FoundingVariables.FIELD_OF_ACTION;
import static de.netzwerke.governance.founding.FoundingVariables.MESSAGE_READINESS_DECLARED;
import static de.netzwerke.governance.founding.FoundingVariables.NETWORK_ID;
import static de.netzwerke.governance.founding.FoundingVariables.ORGANISATION;
import static de.netzwerke.governance.founding.FoundingVariables.PROCESS_KEY;
import static de.netzwerke.governance.founding.FoundingVariables.REPRESENTATIVE_EMAIL;
import static de.netzwerke.governance.founding.FoundingVariables.REPRESENTATIVE_NAME;
import static de.netzwerke.governance.founding.FoundingVariables.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import de.netzwerke.governance.register.Network;
import de.netzwerke.governance.security.GovernanceGroups;
import de.netzwerke.governance.testsupport.TestProfiles;

/**
 * Issue 15, engine overhead and memory ({@code ./mvnw -Pbench verify}, {@code -Dbench.instances=200}): a founding end
 * to end — started by a partner, accepted by the Fachstelle, 5 declarations of readiness by message, the working table
 * established (its job), the e-mail (its job), the first elections started (its job, four OfficeElection instances) —
 * against a BPMN with the same wait states and no delegates (a user task, five message receive tasks, three
 * asynchronous tasks without behaviour, a timer) on the same engine and database, alternating instance by instance.
 * Prints the median per instance of both and their ratio (goal ≤ 1.5), then the heap after a full GC (the failsafe
 * JVM of the bench profile runs with {@code -Xmx512m}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "governance.steering.schedule-at-startup=false",
                "logging.level.de.netzwerke.governance.notification=warn"})
@ActiveProfiles(resolver = TestProfiles.class)
@org.springframework.context.annotation.Import(StatementCounter.class)
class EngineOverheadBenchmark {

    static final String BARE_KEY = "BenchBareFounding";
    static final String BARE_MESSAGE = "Msg_BenchDeclared";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void engineOverhead() {
        int n = Integer.getInteger("bench.instances", 50);
        repository.createDeployment().name("bench-bare").addModelInstance("bench-bare.bpmn", bareModel()).deploy();
        // warm-up: JIT, statement caches, the first deployments' caches
        for (int i = 0; i < 10; i++) {
            founding("Aufwärmen " + i);
            bare();
        }
        phases.clear();
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        long appStatements = 0;
        long bareStatements = 0;
        for (int i = 0; i < n; i++) {
            StatementCounter.reset();
            long t0 = System.nanoTime();
            founding("Benchmark-Thema " + i);
            app.add(System.nanoTime() - t0);
            appStatements += StatementCounter.reset();
            t0 = System.nanoTime();
            bare();
            bare.add(System.nanoTime() - t0);
            bareStatements += StatementCounter.reset();
        }
        double appMedian = Bench.median(app);
        double bareMedian = Bench.median(bare);
        List<String[]> steps = new ArrayList<>();
        phases.forEach((step, times) -> steps.add(new String[] {step, String.format("%.1f", Bench.median(times) / 1e6)}));
        Bench.table("Founding step by step (" + database() + ", median ms of " + n + ")", steps, "step", "median ms");
        // what one founding leaves in Camunda's history (README „History“ estimates ten years from it)
        Map<String, Long> historyBefore = historyRows();
        int measured = 10;
        for (int i = 0; i < measured; i++) {
            founding("Historie " + i);
        }
        Map<String, Long> historyAfter = historyRows();
        List<String[]> historyTable = new ArrayList<>();
        long historyTotal = 0;
        for (var e : historyAfter.entrySet()) {
            long added = e.getValue() - historyBefore.getOrDefault(e.getKey(), 0L);
            historyTotal += added;
            if (added > 0) {
                historyTable.add(new String[] {e.getKey(), String.format("%.1f", (double) added / measured)});
            }
        }
        historyTable.add(new String[] {"all history tables", String.format("%.1f", (double) historyTotal / measured)});
        Bench.table("History rows per founding (start to the first elections started, " + database() + ")", historyTable,
                "table", "rows / founding");
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Bench.table("Engine overhead (" + database() + ", " + n + " instances each, alternating)", List.of(
                new String[] {"founding end to end (start, accept, 5 declarations, established, first elections)",
                        String.format("%.1f", appMedian / 1e6), Long.toString(appStatements / n)},
                new String[] {"same wait states, no delegates", String.format("%.1f", bareMedian / 1e6),
                        Long.toString(bareStatements / n)},
                new String[] {"ratio founding / bare (goal <= 1.5)", String.format("%.2f", appMedian / bareMedian),
                        String.format("%.2f", (double) appStatements / bareStatements)},
                new String[] {"heap after GC (MB), max " + heap.getMax() / (1024 * 1024) + " MB",
                        Long.toString(heap.getUsed() / (1024 * 1024)), ""}),
                "", "median ms / instance", "SQL statements / instance");
        assertThat(app).hasSize(n);
    }

    /** One founding, as Tasklist and the REST API drive it, up to the first elections started. */
    void founding(String topic) {
        ProcessInstance pi;
        long t0 = System.nanoTime();
        identity.setAuthentication("partner", List.of(GovernanceGroups.NETZWERKPARTNER));
        try {
            pi = runtime.startProcessInstanceByKey(PROCESS_KEY, Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN,
                    TOPIC.name(), topic, DESCRIPTION.name(), "Bedarf aus der Tagung", FIELD_OF_ACTION.name(), "Teilhabe"));
        } finally {
            identity.clearAuthentication();
        }
        phase("start (proposal registered, check task)", t0);
        t0 = System.nanoTime();
        tasks.complete(task(pi).getId(), Map.of(DECISION.name(), "accept"));
        phase("accept (task completed)", t0);
        t0 = System.nanoTime();
        String key = Long.toString(System.nanoTime(), 36);
        for (int d = 0; d < 5; d++) {
            runtime.createMessageCorrelation(MESSAGE_READINESS_DECLARED).processInstanceId(pi.getId())
                    .setVariable(REPRESENTATIVE_NAME.name(), "Person " + d)
                    .setVariable(REPRESENTATIVE_EMAIL.name(), "p" + d + "-" + key + "@example.org")
                    .setVariable(ORGANISATION.name(), "Organisation " + d).correlate();
        }
        phase("5 declarations (messages)", t0);
        // establish, e-mail, first elections: the three asynchronous steps
        assertThat(runJobs(pi)).isEqualTo(3);
    }

    void bare() {
        ProcessInstance pi = runtime.startProcessInstanceByKey(BARE_KEY, Map.of(NETWORK_ID.name(), Network.MIGRATION_SCHWERIN,
                TOPIC.name(), "Thema", DESCRIPTION.name(), "Bedarf aus der Tagung", FIELD_OF_ACTION.name(), "Teilhabe"));
        tasks.complete(task(pi).getId(), Map.of(DECISION.name(), "accept"));
        for (int d = 0; d < 5; d++) {
            runtime.createMessageCorrelation(BARE_MESSAGE).processInstanceId(pi.getId())
                    .setVariable(REPRESENTATIVE_NAME.name(), "Person " + d)
                    .setVariable(REPRESENTATIVE_EMAIL.name(), "p" + d + "@example.org")
                    .setVariable(ORGANISATION.name(), "Organisation " + d).correlate();
        }
        assertThat(runJobs(pi)).isEqualTo(3);
    }

    Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    /** Runs the instance's due jobs (not its timer) until none is left; returns how many ran. */
    int runJobs(ProcessInstance pi) {
        int ran = 0;
        while (true) {
            Job next = management.createJobQuery().processInstanceId(pi.getId()).executable().list().stream()
                    .filter(j -> j.getDuedate() == null).findFirst().orElse(null);
            if (next == null) {
                return ran;
            }
            // the step's name, read once per job definition: no query of the benchmark's own in the measured path
            String step = stepOfJob.computeIfAbsent(next.getJobDefinitionId(), id ->
                    management.createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId());
            long t0 = System.nanoTime();
            management.executeJob(next.getId());
            if (pi.getProcessDefinitionId().startsWith(PROCESS_KEY + ":")) {
                phases.computeIfAbsent("job " + step, k -> new ArrayList<>()).add(System.nanoTime() - t0);
            }
            ran++;
        }
    }

    final Map<String, String> stepOfJob = new java.util.HashMap<>();

    /** Where a founding's time goes: each step's durations, by step (printed as medians). */
    final Map<String, List<Long>> phases = new java.util.LinkedHashMap<>();

    void phase(String name, long t0) {
        phases.computeIfAbsent(name, k -> new ArrayList<>()).add(System.nanoTime() - t0);
    }

    static BpmnModelInstance bareModel() {
        org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(BARE_KEY)
                .camundaHistoryTimeToLive(180)
                .startEvent().userTask("Task_Check").camundaCandidateGroups(GovernanceGroups.FACHSTELLE);
        for (int d = 0; d < 5; d++) {
            builder = builder.receiveTask("Receive_" + d).message(BARE_MESSAGE);
        }
        return builder.manualTask("Task_Establish").camundaAsyncBefore()
                .manualTask("Task_Notify").camundaAsyncBefore()
                .manualTask("Task_FirstElections").camundaAsyncBefore()
                .intermediateCatchEvent("Timer_PeriodEnds").timerWithDuration("P8W")
                .endEvent().done();
    }

    /** Rows in each of Camunda's history tables ({@code ACT_HI_*}). */
    Map<String, Long> historyRows() {
        List<String> tables = jdbc.execute((java.sql.Connection c) -> {
            List<String> names = new ArrayList<>();
            try (var rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String schema = rs.getString("TABLE_SCHEM");
                    if (name.toUpperCase(java.util.Locale.ROOT).startsWith("ACT_HI_")
                            && (schema == null || schema.equalsIgnoreCase(c.getSchema()))) {
                        names.add(name);
                    }
                }
            }
            return names;
        });
        Map<String, Long> rows = new java.util.TreeMap<>();
        for (String table : tables) {
            rows.put(table.toUpperCase(java.util.Locale.ROOT), jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return rows;
    }

    String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }
}
