package de.netzwerke.governance.register;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.SchemaToolingSettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Issue 15, start-up: the register's schema migration (Flyway) and Hibernate's boot run on a thread of their own,
 * while the main thread builds the Camunda engine's configuration, which does not need them. The first transaction
 * (the engine's schema check, on the JPA transaction manager) waits until both are done, and a failed migration still
 * stops the start with its error.
 *
 * <p>Spring Boot would migrate on the main thread before Hibernate starts. Here the migration strategy starts the
 * migration on a background thread, and the EntityManagerFactory is built on another one at the same time: Hibernate
 * builds its metamodel (which needs no table) while Flyway migrates, and validates the schema
 * ({@code spring.jpa.hibernate.ddl-auto: validate}) only once the migration is done, so a schema that does not fit
 * the entities still stops the start. Before, Hibernate's whole boot waited for the migration, and the engine's
 * first transaction waited for both. {@code governance.startup.hibernate-during-migration=false} builds Hibernate
 * after the migration again; {@code governance.startup.register-in-background=false} switches all of this off (both
 * on the main thread again).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "governance.startup.register-in-background", havingValue = "true", matchIfMissing = true)
class RegisterBootstrap {

    @Bean
    static BackgroundBootstrap registerBootstrapInBackground(Environment environment) {
        return new BackgroundBootstrap(
                environment.getProperty("governance.startup.hibernate-during-migration", Boolean.class, true));
    }

    /**
     * The migration strategy, the post-processor that hands the EntityManagerFactory its bootstrap executor (set on
     * the factory bean itself, so no other bootstrap executor of Spring Boot's can take its place), and the customizer
     * that takes the schema validation out of Hibernate's boot, to run it after the migration.
     */
    static final class BackgroundBootstrap implements FlywayMigrationStrategy, BeanPostProcessor,
            HibernatePropertiesCustomizer {

        private final boolean hibernateDuringMigration;

        private volatile CompletableFuture<Void> migration = CompletableFuture.completedFuture(null);

        /** Whether Hibernate's boot left out the schema validation that must follow the migration. */
        private volatile boolean validateAfterMigration;

        private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("register-bootstrap-") {
            @Override
            public <T> Future<T> submit(Callable<T> task) {
                return super.submit(() -> bootAfterOrDuringMigration(task));
            }
        };

        BackgroundBootstrap(boolean hibernateDuringMigration) {
            this.hibernateDuringMigration = hibernateDuringMigration;
        }

        @Override
        public void migrate(Flyway flyway) {
            migration = CompletableFuture.runAsync(flyway::migrate, executor);
        }

        @Override
        public void customize(Map<String, Object> hibernateProperties) {
            if (hibernateDuringMigration && "validate".equals(hibernateProperties.get(SchemaToolingSettings.HBM2DDL_AUTO))) {
                hibernateProperties.put(SchemaToolingSettings.HBM2DDL_AUTO, "none");
                validateAfterMigration = true;
            }
        }

        private <T> T bootAfterOrDuringMigration(Callable<T> boot) throws Exception {
            if (!validateAfterMigration) {
                migration.join();
                return boot.call();
            }
            T factory = boot.call();
            migration.join();
            if (factory instanceof EntityManagerFactory entityManagerFactory) {
                entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
            }
            return factory;
        }

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
                factory.setBootstrapExecutor(executor);
            }
            return bean;
        }
    }
}
