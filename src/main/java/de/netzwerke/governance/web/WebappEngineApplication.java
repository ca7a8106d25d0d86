package de.netzwerke.governance.web;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;

/**
 * The webapps' own engine API ({@code /camunda/api/engine}, where Tasklist loads and submits its forms)
 * exactly as Camunda ships it, plus {@link RuleViolationMapper}: a refused form submission answers 400
 * with the German message, as {@code /engine-rest} does.
 */
public class WebappEngineApplication extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(super.getClasses());
        classes.add(RuleViolationMapper.class);
        return classes;
    }
}
