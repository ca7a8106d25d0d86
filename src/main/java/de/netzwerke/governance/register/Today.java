package de.netzwerke.governance.register;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The calendar day in the networks' time zone, read from the engine's clock so that terms,
 * periods and timers agree (and tests that move the engine's clock move the register's days too).
 */
@Component
public class Today {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Now, by the engine's clock. */
    public java.time.Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate date() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }
}
