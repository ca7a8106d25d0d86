package de.netzwerke.governance.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.web.GermanRestErrors;

/** The Camunda REST API with one addition: refusals and errors answer in German, refused input with 400 ({@link GermanRestErrors}). */
@Component
public class RestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        GermanRestErrors.MAPPERS.forEach(this::register);
    }
}
