package de.netzwerke.governance.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Issue 15, start-up: the engine's SQL mappings (Camunda's MyBatis configuration, some sixty mapping files) are read
 * on a thread of their own as soon as the application context exists (after every initializer that may still
 * change the settings). Meanwhile the main thread reads the
 * application's configuration classes, a phase in which the second core has little to do. The engine takes the result
 * when it builds its SQL session factory ({@link UncorrelatedAuthorizationChecks.Engine}), where it used to read the
 * files itself while Flyway and Hibernate were starting on the other core.
 *
 * <p>The mappings depend on the database type and the table prefix. Both are taken from the settings
 * ({@code camunda.bpm.database.type}, else the JDBC URL of {@code spring.datasource.url}; {@code
 * camunda.bpm.database.table-prefix}); the engine takes the result only when its own (the type from the database's
 * answer) are the same, and reads the files itself otherwise, as it does when reading them here failed.
 * {@code governance.startup.engine-mappings-in-background=false} switches this off. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EngineMappingsInBackground implements ApplicationListener<ApplicationContextInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EngineMappingsInBackground.class);

    static final String SWITCH = "governance.startup.engine-mappings-in-background";

    @Override
    public void onApplicationEvent(ApplicationContextInitializedEvent event) {
        start(event.getApplicationContext());
    }

    static void start(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (!environment.getProperty(SWITCH, Boolean.class, true)) {
            return;
        }
        String databaseType = databaseType(environment);
        if (databaseType == null) {
            return;
        }
        String tablePrefix = environment.getProperty("camunda.bpm.database.table-prefix", "");
        context.getBeanFactory().registerSingleton("engineMappingsInBackground", Mappings.read(databaseType, tablePrefix));
    }

    /** Camunda's name of the database type the settings name, or {@code null} when they name none this knows. */
    static String databaseType(Environment environment) {
        String configured = environment.getProperty("camunda.bpm.database.type");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgres";
        }
        return null;
    }

    /** The mappings being read for one database type and table prefix. */
    public static final class Mappings {

        private final String databaseType;
        private final String tablePrefix;
        final CompletableFuture<Configuration> configuration;
        private boolean taken;

        private Mappings(String databaseType, String tablePrefix, CompletableFuture<Configuration> configuration) {
            this.databaseType = databaseType;
            this.tablePrefix = tablePrefix;
            this.configuration = configuration;
        }

        /** Starts reading the mappings on a daemon thread of its own. */
        static Mappings read(String databaseType, String tablePrefix) {
            CompletableFuture<Configuration> configuration = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    configuration.complete(UncorrelatedAuthorizationChecks.withChangedMapping(
                            () -> parse(databaseType, tablePrefix)));
                } catch (RuntimeException | Error e) {
                    configuration.completeExceptionally(e);
                }
            }, "engine-mappings");
            reader.setDaemon(true);
            reader.start();
            return new Mappings(databaseType, tablePrefix, configuration);
        }

        /**
         * The mappings, waiting until they are read, for the engine's database type and table prefix; {@code null}
         * when they were read for others, when reading them failed, or when they were taken before (a MyBatis
         * configuration belongs to one engine).
         */
        synchronized Configuration take(String engineDatabaseType, String engineTablePrefix) {
            if (taken) {
                return null;
            }
            taken = true;
            if (!databaseType.equals(engineDatabaseType) || !tablePrefix.equals(engineTablePrefix == null ? "" : engineTablePrefix)) {
                LOG.info("Engine mappings were read for database {} and table prefix '{}', the engine has {} and '{}': "
                        + "it reads them itself", databaseType, tablePrefix, engineDatabaseType, engineTablePrefix);
                return null;
            }
            try {
                return configuration.join();
            } catch (RuntimeException e) {
                LOG.warn("Reading the engine's mappings in the background failed; the engine reads them itself", e);
                return null;
            }
        }

        /** What Camunda's {@code initSqlSessionFactory} parses, with the same properties. */
        static Configuration parse(String databaseType, String tablePrefix) {
            Properties properties = new Properties();
            properties.put("prefix", tablePrefix);
            ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
            try (InputStream in = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
                    Reader reader = new InputStreamReader(in)) {
                return new XMLConfigBuilder(reader, "", properties).parse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
