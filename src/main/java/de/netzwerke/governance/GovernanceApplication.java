package de.netzwerke.governance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The process application: Camunda engine, webapps, REST API and the network register in one Spring Boot app. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GovernanceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GovernanceApplication.class, args);
    }
}
