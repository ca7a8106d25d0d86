package de.netzwerke.governance.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests on PostgreSQL run in a schema of their own, emptied once per test JVM, so that every run
 * starts from the migrations like a fresh installation and never touches the {@code public} schema.
 * When the server cannot be reached the tests fail here, loudly; they are never skipped.
 */
public class PostgresTestSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SCHEMA = "governance_test";
    private static final AtomicBoolean RESET = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!Arrays.asList(env.getActiveProfiles()).containsAll(java.util.List.of("test", "postgres"))) {
            return;
        }
        String url = env.getRequiredProperty("spring.datasource.url");
        String user = env.getProperty("spring.datasource.username");
        String password = env.getProperty("spring.datasource.password");
        if (RESET.compareAndSet(false, true)) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
                s.execute("create schema " + SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL unter " + url + " ist nicht erreichbar: " + e.getMessage(), e);
            }
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        env.getPropertySources().addFirst(new MapPropertySource("postgres-test-schema", Map.of(
                "spring.datasource.url", schemaUrl,
                "camunda.bpm.database.schema-name", SCHEMA,
                // Camunda requires the prefix to name the schema when a schema is set
                "camunda.bpm.database.table-prefix", SCHEMA + ".")));
    }
}
