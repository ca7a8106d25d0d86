package de.netzwerke.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

@DisplayName("Issue 15: the register's migration and Hibernate's boot run in the background, in their order")
class RegisterBootstrapTest {

    private final RegisterBootstrap.BackgroundBootstrap bootstrap = RegisterBootstrap.registerBootstrapInBackground();

    private AsyncTaskExecutor executorOfTheEntityManagerFactory() {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        assertThat(bootstrap.postProcessBeforeInitialization(factory, "entityManagerFactory")).isSameAs(factory);
        assertThat(factory.getBootstrapExecutor()).as("the bootstrap executor set on the factory bean").isNotNull();
        return (AsyncTaskExecutor) factory.getBootstrapExecutor();
    }

    @Test
    @DisplayName("Hibernate's boot starts only after the migration has finished")
    void hibernateWaitsForTheMigration() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        Flyway flyway = mock(Flyway.class);
        doAnswer(call -> {
            Thread.sleep(300);
            order.add("migrated");
            return null;
        }).when(flyway).migrate();
        AsyncTaskExecutor executor = executorOfTheEntityManagerFactory();

        bootstrap.migrate(flyway);
        Future<String> hibernate = executor.submit(() -> {
            order.add("hibernate");
            return "factory";
        });

        assertThat(hibernate.get(10, TimeUnit.SECONDS)).isEqualTo("factory");
        assertThat(order).containsExactly("migrated", "hibernate");
    }

    @Test
    @DisplayName("a failed migration fails the EntityManagerFactory, and with it the start, with Flyway's error")
    void aFailedMigrationStopsTheStart() {
        Flyway flyway = mock(Flyway.class);
        doThrow(new FlywayException("Validate failed: Migration checksum mismatch for migration version 3"))
                .when(flyway).migrate();
        AsyncTaskExecutor executor = executorOfTheEntityManagerFactory();

        bootstrap.migrate(flyway);
        Future<String> hibernate = executor.submit(() -> "factory");

        assertThatThrownBy(() -> hibernate.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .rootCause().isInstanceOf(FlywayException.class).hasMessageContaining("checksum mismatch");
    }

    @Test
    @DisplayName("other beans are left as they are")
    void otherBeansUntouched() {
        Object bean = new Object();
        assertThat(bootstrap.postProcessBeforeInitialization(bean, "other")).isSameAs(bean);
    }
}
