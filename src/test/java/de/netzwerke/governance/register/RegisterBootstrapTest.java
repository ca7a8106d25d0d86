package de.netzwerke.governance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.SessionFactory;
import org.hibernate.relational.SchemaManager;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

@DisplayName("Issue 15: the register's migration and Hibernate's boot run in the background, in their order")
class RegisterBootstrapTest {

    private RegisterBootstrap.BackgroundBootstrap bootstrap = new RegisterBootstrap.BackgroundBootstrap(true);

    /** Spring Boot's Hibernate properties for {@code ddl-auto}, after the bootstrap has customized them. */
    private Map<String, Object> hibernateProperties(String ddlAuto) {
        Map<String, Object> properties = new HashMap<>(Map.of("hibernate.hbm2ddl.auto", ddlAuto));
        bootstrap.customize(properties);
        return properties;
    }

    /** A Flyway whose migration takes 300 ms and notes when it has finished. */
    private static Flyway slowFlyway(List<String> order) {
        Flyway flyway = mock(Flyway.class);
        doAnswer(call -> {
            Thread.sleep(300);
            order.add("migrated");
            return null;
        }).when(flyway).migrate();
        return flyway;
    }

    private AsyncTaskExecutor executorOfTheEntityManagerFactory() {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        assertThat(bootstrap.postProcessBeforeInitialization(factory, "entityManagerFactory")).isSameAs(factory);
        assertThat(factory.getBootstrapExecutor()).as("the bootstrap executor set on the factory bean").isNotNull();
        return (AsyncTaskExecutor) factory.getBootstrapExecutor();
    }

    @Test
    @DisplayName("Hibernate builds its metamodel while Flyway migrates, and validates the schema after the migration")
    void hibernateBootsDuringTheMigrationAndValidatesAfterIt() throws Exception {
        assertThat(hibernateProperties("validate")).as("the validation is taken out of Hibernate's boot")
                .containsEntry("hibernate.hbm2ddl.auto", "none");
        List<String> order = new CopyOnWriteArrayList<>();
        SchemaManager schema = mock(SchemaManager.class);
        doAnswer(call -> order.add("validated")).when(schema).validateMappedObjects();
        EntityManagerFactory factory = factoryWith(schema);
        AsyncTaskExecutor executor = executorOfTheEntityManagerFactory();

        bootstrap.migrate(slowFlyway(order));
        Future<EntityManagerFactory> hibernate = bootNoting(executor, order, factory);

        assertThat(hibernate.get(10, TimeUnit.SECONDS)).isSameAs(factory);
        assertThat(order).containsExactly("hibernate", "migrated", "validated");
    }

    @Test
    @DisplayName("a schema that does not fit the entities fails the EntityManagerFactory, and with it the start")
    void aFailedValidationStopsTheStart() {
        hibernateProperties("validate");
        SchemaManager schema = mock(SchemaManager.class);
        doThrow(new SchemaManagementException("Schema-validation: missing column [topic] in table [body]"))
                .when(schema).validateMappedObjects();
        EntityManagerFactory factory = factoryWith(schema);
        AsyncTaskExecutor executor = executorOfTheEntityManagerFactory();

        bootstrap.migrate(mock(Flyway.class));
        Future<EntityManagerFactory> hibernate = executor.submit(() -> factory);

        assertThatThrownBy(() -> hibernate.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .rootCause().isInstanceOf(SchemaManagementException.class).hasMessageContaining("missing column");
    }

    @Test
    @DisplayName("without schema validation, or switched off, Hibernate's boot starts only after the migration")
    void hibernateWaitsForTheMigrationOtherwise() throws Exception {
        for (boolean duringMigration : List.of(true, false)) {
            bootstrap = new RegisterBootstrap.BackgroundBootstrap(duringMigration);
            String ddlAuto = duringMigration ? "none" : "validate";
            assertThat(hibernateProperties(ddlAuto)).as("Hibernate's own schema action stays")
                    .containsEntry("hibernate.hbm2ddl.auto", ddlAuto);
            List<String> order = new CopyOnWriteArrayList<>();
            AsyncTaskExecutor executor = executorOfTheEntityManagerFactory();

            bootstrap.migrate(slowFlyway(order));
            Future<String> hibernate = bootNoting(executor, order, "factory");

            assertThat(hibernate.get(10, TimeUnit.SECONDS)).isEqualTo("factory");
            assertThat(order).as("ddl-auto %s, during migration %s", ddlAuto, duringMigration)
                    .containsExactly("migrated", "hibernate");
        }
    }

    /** Hibernate's boot as the bootstrap executor runs it: notes when it ran and returns the factory. */
    private static <T> Future<T> bootNoting(AsyncTaskExecutor executor, List<String> order, T factory) {
        return executor.submit(() -> {
            order.add("hibernate");
            return factory;
        });
    }

    private static EntityManagerFactory factoryWith(SchemaManager schema) {
        SessionFactory sessionFactory = mock(SessionFactory.class);
        when(sessionFactory.getSchemaManager()).thenReturn(schema);
        EntityManagerFactory factory = mock(EntityManagerFactory.class);
        when(factory.unwrap(SessionFactory.class)).thenReturn(sessionFactory);
        return factory;
    }

    @Test
    @DisplayName("a failed migration fails the EntityManagerFactory, and with it the start, with Flyway's error")
    void aFailedMigrationStopsTheStart() {
        hibernateProperties("validate");
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
