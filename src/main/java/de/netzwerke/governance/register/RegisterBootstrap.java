package de.netzwerke.governance.register;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
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
 * migration on a background thread, and the EntityManagerFactory is built on another one that first waits for the
 * migration (Hibernate validates the migrated schema), in that order, as before.
 * {@code governance.startup.register-in-background=false} switches this off (both on the main thread again).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "governance.startup.register-in-background", havingValue = "true", matchIfMissing = true)
class RegisterBootstrap {

    @Bean
    static BackgroundBootstrap registerBootstrapInBackground() {
        return new BackgroundBootstrap();
    }

    /**
     * Both the migration strategy and the post-processor that hands the EntityManagerFactory its bootstrap executor
     * (set on the factory bean itself, so no other bootstrap executor of Spring Boot's can take its place).
     */
    static final class BackgroundBootstrap implements FlywayMigrationStrategy, BeanPostProcessor {

        private volatile CompletableFuture<Void> migration = CompletableFuture.completedFuture(null);

        private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("register-bootstrap-") {
            @Override
            public <T> Future<T> submit(Callable<T> task) {
                return super.submit(() -> {
                    migration.join();
                    return task.call();
                });
            }
        };

        @Override
        public void migrate(Flyway flyway) {
            migration = CompletableFuture.runAsync(flyway::migrate, executor);
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
