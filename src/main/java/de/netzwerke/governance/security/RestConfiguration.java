package de.netzwerke.governance.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import de.netzwerke.governance.web.RuleViolationMapper;

/** The Camunda REST API with one addition: refused input answers 400 ({@link RuleViolationMapper}). */
@Component
public class RestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RuleViolationMapper.class);
    }
}
