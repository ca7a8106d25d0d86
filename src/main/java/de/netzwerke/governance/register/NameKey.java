package de.netzwerke.governance.register;

import java.util.Locale;

/**
 * The comparison key of a name: case- and space-insensitive (AT-3 reading: "Caritas Schwerin",
 * "caritas  schwerin" and "CaritasSchwerin" are one organisation).
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        return name.replaceAll("\\s+", "").toLowerCase(Locale.GERMAN);
    }

    /** The e-mail comparison key: case-insensitive, surrounding blanks ignored. */
    public static String ofEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
