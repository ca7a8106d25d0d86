package de.netzwerke.governance;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Issue 15, start-up: with {@code spring.main.lazy-initialization: true} (application.yaml) a bean is created when it
 * is first needed, so the start does not build the Übersicht's controllers, the REST API's services, the delegates
 * and the mail sender before the first request.
 *
 * <p>Some of Camunda's beans are the exception: the process engine is created, its schema checked and the diagrams
 * deployed while the application starts, so that {@code /engine-rest}, Tasklist and the job executor find a ready
 * engine and a broken database or diagram still stops the start; and the webapps' security filter is set up by a bean
 * that nothing asks for ({@link LazyInitRegistration}). {@code governance.startup.eager-camunda=all} keeps every
 * Camunda bean eager.
 *
 * <p>Spring Boot keeps some beans eager by itself: infrastructure beans and every {@code SmartInitializingSingleton}
 * (such as the prod profile's {@code DemoPasswordCheck}, which must refuse the start). The servlet filters, the
 * {@code ApplicationRunner}s (demo data, access set-up, steering group schedule) and whatever they need are created at
 * start as before.
 */
@Configuration(proxyBeanMethods = false)
class LazyStartup {

    static final List<Class<?>> EAGER = List.of(ProcessEngine.class, ProcessEngineConfiguration.class,
            JobExecutor.class, LazyInitRegistration.class);

    @Bean
    static LazyInitializationExcludeFilter camundaStaysEager(Environment environment) {
        if ("all".equals(environment.getProperty("governance.startup.eager-camunda"))) {
            return (name, definition, type) -> type != null && type.getName().startsWith("org.camunda.");
        }
        return (name, definition, type) -> type != null && EAGER.stream().anyMatch(t -> t.isAssignableFrom(type));
    }
}
