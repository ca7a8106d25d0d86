package de.netzwerke.benchbaseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;

/**
 * The start-up benchmark's baseline ({@code StartupBenchmark}): what a bare
 * {@code camunda-bpm-spring-boot-starter-webapp} + {@code -rest} application on the same Spring Boot does — the engine,
 * Tasklist/Cockpit/Admin and the REST API on a datasource, nothing else. It lives outside the application's package, so
 * none of the application's beans are scanned, and it runs on the classpath of a bare project that the benchmark
 * resolves (the two starters, JDBC and the drivers), without the application's classes or libraries. The excluded
 * auto-configurations are not on that classpath anyway; the exclusions only keep it bare when it is started from the
 * application's test classpath. It reads no {@code application.yaml} (the benchmark passes
 * {@code --spring.config.name=bare-camunda}, which names no file) and deploys nothing.
 */
@SpringBootApplication(exclude = {HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class,
        FlywayAutoConfiguration.class, ThymeleafAutoConfiguration.class, MailSenderAutoConfiguration.class,
        MailSenderValidatorAutoConfiguration.class})
public class BareCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
