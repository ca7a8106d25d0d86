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
 * none of the application's beans are scanned; it runs on the application's runtime classpath (without the
 * application's classes), with everything a bare starter project would not have switched off: JPA, Flyway, Thymeleaf,
 * mail; the actuator is switched off by property ({@code management.endpoints.enabled-by-default=false} is not enough,
 * so the benchmark passes {@code spring.autoconfigure.exclude} for it). It reads no {@code application.yaml} (the
 * benchmark passes {@code --spring.config.name=bare-camunda}, which names no file) and deploys nothing.
 */
@SpringBootApplication(exclude = {HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class,
        FlywayAutoConfiguration.class, ThymeleafAutoConfiguration.class, MailSenderAutoConfiguration.class,
        MailSenderValidatorAutoConfiguration.class})
public class BareCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
