package de.netzwerke.governance.web;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;

/**
 * The webapps' own engine API ({@code /camunda/api/engine}, where Tasklist loads and submits its forms)
 * exactly as Camunda ships it, plus the mappers of {@link GermanRestErrors}: a refused form submission answers
 * 400 with the German message, and every other error a German message without internals, as {@code /engine-rest} does.
 */
public class WebappEngineApplication extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(super.getClasses());
        classes.addAll(GermanRestErrors.MAPPERS);
        return classes;
    }
}
