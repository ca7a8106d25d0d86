package de.netzwerke.governance.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as staff and partners read them: 16.01.2027. */
public final class GermanDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private GermanDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
