package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

@DisplayName("Issue 15: the engine's SQL mappings are read in the background while the application starts")
class EngineMappingsInBackgroundTest {

    private static final String AUTH_CHECK = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.authCheck";

    @Test
    @DisplayName("the database type comes from camunda.bpm.database.type, else from the JDBC URL; none for others")
    void databaseTypeFromTheSettings() {
        assertThat(EngineMappingsInBackground.databaseType(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/governance;WRITE_DELAY=0"))).isEqualTo("h2");
        assertThat(EngineMappingsInBackground.databaseType(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test"))).isEqualTo("postgres");
        assertThat(EngineMappingsInBackground.databaseType(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:mem:x")
                .withProperty("camunda.bpm.database.type", "postgres"))).isEqualTo("postgres");
        assertThat(EngineMappingsInBackground.databaseType(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:oracle:thin:@db:1521/x"))).isNull();
        assertThat(EngineMappingsInBackground.databaseType(new MockEnvironment())).isNull();
    }

    @Test
    @DisplayName("the mappings read in the background are the engine's own (with the uncorrelated authorization checks): "
            + "the same statements and the same SQL fragments, on H2 and PostgreSQL, with and without a table prefix")
    void sameMappingsAsTheEngineReads() {
        for (String[] database : new String[][] {{"h2", ""}, {"postgres", ""}, {"postgres", "governance."}}) {
            Configuration background = EngineMappingsInBackground.Mappings.read(database[0], database[1])
                    .take(database[0], database[1]);
            assertThat(background).as("read for %s '%s'", database[0], database[1]).isNotNull();

            Configuration engines = enginesOwn(database[0], database[1]);
            assertThat(background.getMappedStatementNames()).as("statements")
                    .hasSizeGreaterThan(1000).containsExactlyInAnyOrderElementsOf(engines.getMappedStatementNames());
            assertThat(fragments(background)).as("SQL fragments").isEqualTo(fragments(engines));
            assertThat(background.getSqlFragments().get(AUTH_CHECK).toString()).as("the changed authorization check")
                    .isNotEqualTo(camundasOwn(database[0], database[1]).getSqlFragments().get(AUTH_CHECK).toString());
        }
    }

    @Test
    @DisplayName("the engine reads the mappings itself when its database or table prefix differs, or when they were taken")
    void onlyForTheSameDatabaseAndOnce() {
        assertThat(EngineMappingsInBackground.Mappings.read("h2", "").take("postgres", "")).isNull();
        assertThat(EngineMappingsInBackground.Mappings.read("h2", "").take("h2", "other.")).isNull();
        EngineMappingsInBackground.Mappings mappings = EngineMappingsInBackground.Mappings.read("h2", "");
        assertThat(mappings.take("h2", null)).as("no prefix is the empty prefix").isNotNull();
        assertThat(mappings.take("h2", "")).as("a second engine").isNull();
    }

    @Test
    @DisplayName("when reading fails (a database type Camunda does not know), the engine reads the mappings itself")
    void failedReadingLeavesItToTheEngine() {
        assertThat(EngineMappingsInBackground.Mappings.read("nosuchdb", "").take("nosuchdb", "")).isNull();
    }

    @Test
    @DisplayName("the start-up starts the reading for the configured database, and not when switched off or unknown")
    void initializer() {
        GenericApplicationContext context = contextWith(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:mem:x"));
        assertThat(context.getBeanFactory().getBeanNamesForType(EngineMappingsInBackground.Mappings.class)).hasSize(1);

        assertThat(contextWith(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
                .withProperty(EngineMappingsInBackground.SWITCH, "false")).getBeanFactory()
                .getBeanNamesForType(EngineMappingsInBackground.Mappings.class)).isEmpty();
        assertThat(contextWith(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:oracle:thin:@db:1521/x"))
                .getBeanFactory().getBeanNamesForType(EngineMappingsInBackground.Mappings.class)).isEmpty();
    }

    private static GenericApplicationContext contextWith(MockEnvironment environment) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(environment);
        EngineMappingsInBackground.start(context);
        return context;
    }

    /** What the engine's own initSqlSessionFactory builds, with the changed authorization mapping. */
    private static Configuration enginesOwn(String databaseType, String tablePrefix) {
        EngineProbe engine = new EngineProbe(databaseType, tablePrefix);
        UncorrelatedAuthorizationChecks.withChangedMapping(() -> {
            engine.buildSqlSessionFactory();
            return null;
        });
        return engine.getSqlSessionFactory().getConfiguration();
    }

    /** What Camunda's initSqlSessionFactory builds from its unchanged files. */
    private static Configuration camundasOwn(String databaseType, String tablePrefix) {
        EngineProbe engine = new EngineProbe(databaseType, tablePrefix);
        engine.buildSqlSessionFactory();
        return engine.getSqlSessionFactory().getConfiguration();
    }

    private static Map<String, String> fragments(Configuration configuration) {
        // by full id (namespace.id): MyBatis files a short id that several files use as an "ambiguity", not a node
        Map<String, String> fragments = new TreeMap<>();
        Map<String, ?> all = configuration.getSqlFragments();
        all.forEach((id, node) -> {
            if (id.contains(".")) {
                fragments.put(id, node.toString());
            }
        });
        return fragments;
    }

    /** Camunda's engine configuration, to call its own initSqlSessionFactory. */
    private static final class EngineProbe extends StandaloneProcessEngineConfiguration {

        EngineProbe(String databaseType, String tablePrefix) {
            JdbcDataSource unused = new JdbcDataSource();
            unused.setURL("jdbc:h2:mem:unused");
            this.databaseType = databaseType;
            this.databaseTablePrefix = tablePrefix;
            this.dataSource = unused;
            this.transactionFactory = new JdbcTransactionFactory();
        }

        void buildSqlSessionFactory() {
            initSqlSessionFactory();
        }
    }
}
