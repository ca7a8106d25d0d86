package de.netzwerke.governance.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused request must leave as it was: every row of the register's tables and of Camunda's runtime
 * tables (instances, tasks, variables, jobs, subscriptions, identity links, incidents, authorizations), read
 * straight from the database. Two snapshots are equal exactly when nothing was written in between.
 */
public final class EngineAndRegisterState {

    /** The register's tables (Flyway migrations), each with the columns that identify a row's content. */
    private static final List<String> REGISTER = List.of("network", "field_of_action", "organisation", "partner",
            "partner_field_of_action", "body", "membership", "office", "founding_proposal", "readiness_declaration",
            "election", "election_candidate", "election_ballot");

    /** Camunda's runtime tables and what of each row a write would change. */
    private static final Map<String, String> ENGINE = engineTables();

    private final JdbcTemplate jdbc;

    public EngineAndRegisterState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, String> engineTables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("ACT_RU_EXECUTION", "ID_, REV_, ACT_ID_, IS_ACTIVE_, SUSPENSION_STATE_, BUSINESS_KEY_");
        tables.put("ACT_RU_TASK", "ID_, REV_, ASSIGNEE_, OWNER_, NAME_, DUE_DATE_, SUSPENSION_STATE_");
        tables.put("ACT_RU_VARIABLE", "ID_, REV_, NAME_, TYPE_, EXECUTION_ID_, TASK_ID_, LONG_, DOUBLE_, TEXT_, TEXT2_, BYTEARRAY_ID_");
        tables.put("ACT_RU_JOB", "ID_, REV_, DUEDATE_, RETRIES_, SUSPENSION_STATE_, EXCEPTION_MSG_");
        tables.put("ACT_RU_EVENT_SUBSCR", "ID_, REV_, EVENT_NAME_, EXECUTION_ID_");
        tables.put("ACT_RU_IDENTITYLINK", "ID_, REV_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_");
        tables.put("ACT_RU_INCIDENT", "ID_, REV_");
        tables.put("ACT_RU_AUTHORIZATION", "ID_, REV_, PERMS_");
        tables.put("ACT_ID_MEMBERSHIP", "USER_ID_, GROUP_ID_");
        return tables;
    }

    /** Every row of the register and of the engine's runtime tables, as text per table. */
    public Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        for (String table : REGISTER) {
            state.put(table, rows("select * from " + table + " order by 1"));
        }
        ENGINE.forEach((table, columns) -> state.put(table, rows("select " + columns + " from " + table + " order by 1, 2")));
        return state;
    }

    /** The tables whose rows differ between the two snapshots. */
    public static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }

    /** Waits until the job executor has no job left that is due (e-mail, establishment …), so that a snapshot stays still. */
    public void awaitQuiet() {
        await().atMost(RestApi.ASYNC_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                "select count(*) from ACT_RU_JOB where RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= current_timestamp "
                        + "or LOCK_OWNER_ is not null)", Integer.class) == 0);
    }

    private String rows(String sql) {
        return jdbc.queryForList(sql).stream()
                .map(row -> row.values().stream().map(String::valueOf).collect(Collectors.joining("|")))
                .collect(Collectors.joining("\n"));
    }
}
