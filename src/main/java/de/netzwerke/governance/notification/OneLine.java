package de.netzwerke.governance.notification;

/** A text as one line for subjects, task names and lists: white space collapsed, cut with „…“. */
public final class OneLine {

    private OneLine() {
    }

    /** One line of at most {@code max} characters. */
    public static String of(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > max ? line.substring(0, max - 1) + "…" : line;
    }
}
