package de.netzwerke.governance.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import de.netzwerke.governance.register.RuleViolation;

/**
 * One process variable with its type: the one place that reads what Tasklist, REST callers and
 * delegates put into a process, and refuses in German what does not fit (wrong type, too long, out of
 * range). Delegates read and write variables only through these, so there is no raw cast anywhere.
 *
 * @param <T> the Java type the process works with
 */
public final class Var<T> {

    /** The largest count a vote or attendance can have: far above the networks' size, far below int overflow. */
    public static final int MAX_COUNT = 100_000;
    /** The engine keeps a text variable in a column of 4000 characters (ACT_RU_VARIABLE.TEXT_, on H2 and PostgreSQL). */
    public static final int ENGINE_TEXT_LIMIT = 4000;
    /** Identifiers are positive and fit a JSON number exactly (2^53). */
    private static final long MAX_ID = 9_007_199_254_740_991L;

    private final String name;
    private final String label;
    private final Function<Object, T> parser;
    private final Function<T, Object> writer;
    private final boolean personal;

    private Var(String name, String label, Function<Object, T> parser, Function<T, Object> writer, boolean personal) {
        this.name = name;
        this.label = label;
        this.parser = parser;
        this.writer = writer;
        this.personal = personal;
    }

    /**
     * Text of at most {@code maxLength} characters; blank counts as absent. Refused: control characters other than line
     * breaks and tabs, direction overrides and isolates, unpaired surrogates, and text of only invisible characters.
     */
    public static Var<String> text(String name, String label, int maxLength) {
        return new Var<>(name, label, raw -> {
            if (!(raw instanceof String s)) {
                throw wrongType(label, "ein Text");
            }
            if (s.isBlank()) {
                return null;
            }
            String text = s.strip();
            // what a person sends is stored by the engine as it came: it must fit its column
            int limit = Math.min(maxLength, ENGINE_TEXT_LIMIT);
            if (text.length() > limit || s.length() > ENGINE_TEXT_LIMIT) {
                throw new RuleViolation("„" + label + "“ ist zu lang (" + text.length() + " Zeichen, höchstens "
                        + limit + ").");
            }
            if (text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')) {
                throw new RuleViolation("„" + label + "“ enthält unzulässige Steuerzeichen.");
            }
            if (text.chars().anyMatch(Var::isBidiControl)) {
                // an override or isolate makes a name read differently from what is stored (Trojan Source)
                throw new RuleViolation("„" + label + "“ enthält unzulässige Steuerzeichen für die Schreibrichtung.");
            }
            if (hasUnpairedSurrogate(text)) {
                throw new RuleViolation("„" + label + "“ enthält ein ungültiges Zeichen (unvollständig kodiert).");
            }
            if (text.codePoints().allMatch(Var::isInvisible)) {
                throw new RuleViolation("„" + label + "“ besteht nur aus Leerzeichen oder unsichtbaren Zeichen.");
            }
            return text;
        }, t -> t, false);
    }

    /** A register id: a positive whole number (from a number or a text of digits). */
    public static Var<Long> id(String name, String label) {
        return new Var<>(name, label, raw -> wholeNumber(raw, label, 1, MAX_ID), t -> t, false);
    }

    /** A count of votes or persons: a whole number from 0 to {@link #MAX_COUNT}. */
    public static Var<Integer> count(String name, String label) {
        return new Var<>(name, label, raw -> (int) wholeNumber(raw, label, 0, MAX_COUNT), t -> t, false);
    }

    /** Yes or no: a Boolean, or the texts "true"/"false" as some clients send them. */
    public static Var<Boolean> flag(String name, String label) {
        return new Var<>(name, label, raw -> {
            if (raw instanceof Boolean b) {
                return b;
            }
            if (raw instanceof String s && (s.equals("true") || s.equals("false"))) {
                return Boolean.valueOf(s);
            }
            throw wrongType(label, "ja oder nein");
        }, t -> t, false);
    }

    /** One of a fixed set of values (e.g. "accept" / "decline"). */
    public static Var<String> choice(String name, String label, String... allowed) {
        Set<String> values = Set.of(allowed);
        return new Var<>(name, label, raw -> {
            if (raw instanceof String s && values.contains(s)) {
                return s;
            }
            if (raw instanceof String s && s.isBlank()) {
                return null;
            }
            throw new RuleViolation("Bitte für „" + label + "“ einen der vorgesehenen Werte wählen.");
        }, t -> t, false);
    }

    /** A point in time, set by the process (deadlines, timers). */
    public static Var<Date> date(String name, String label) {
        return new Var<>(name, label, raw -> {
            if (raw instanceof Date d) {
                return d;
            }
            throw wrongType(label, "ein Datum");
        }, t -> t, false);
    }

    /** Register ids as a list: a Json array of numbers or digit texts, or digits separated by commas. */
    public static Var<List<Long>> ids(String name, String label, int maxCount) {
        Var<Long> element = id(name, label);
        return new Var<>(name, label, raw -> {
            List<Object> items = new ArrayList<>();
            if (raw instanceof SpinJsonNode json && json.isArray()) {
                for (SpinJsonNode e : json.elements()) {
                    items.add(e.isString() ? e.stringValue() : e.isNumber() ? e.numberValue() : e.toString());
                }
            } else if (raw instanceof String s) {
                if (s.isBlank()) {
                    return null;
                }
                items.addAll(Arrays.asList(s.split("\\s*,\\s*")));
            } else {
                throw wrongType(label, "eine Liste");
            }
            if (items.size() > maxCount) {
                throw new RuleViolation("„" + label + "“: höchstens " + maxCount + " Einträge.");
            }
            return items.stream().map(element::parse).filter(Objects::nonNull).distinct().toList();
        }, list -> SpinValues.jsonValue(Spin.JSON(list)).create(), false);
    }

    /** A Json array of objects (e.g. declarations sent by an integrator); each element is read by the capability. */
    public static Var<List<SpinJsonNode>> jsonList(String name, String label, int maxCount) {
        return new Var<>(name, label, raw -> {
            if (!(raw instanceof SpinJsonNode json) || !json.isArray()) {
                throw wrongType(label, "eine Liste");
            }
            List<SpinJsonNode> items = json.elements();
            if (items.size() > maxCount) {
                throw new RuleViolation("„" + label + "“: höchstens " + maxCount + " Einträge.");
            }
            return items;
        }, list -> SpinValues.jsonValue(Spin.JSON(list.stream().map(SpinJsonNode::toString).toList())).create(), false);
    }

    /** Any value shown to a person in a form (options of a list); written as Json. */
    public static Var<Object> display(String name) {
        return new Var<>(name, name, raw -> raw, value -> SpinValues.jsonValue(Spin.JSON(value)).create(), false);
    }

    /**
     * Marks the variable as holding personal data (names, e-mail addresses, organisations of partners): it is
     * never written to Camunda's history, and the process removes it once the register has it.
     */
    public Var<T> personal() {
        return new Var<>(name, label, parser, writer, true);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public boolean isPersonal() {
        return personal;
    }

    /** The typed value of raw input; {@code null} (or blank text) is absent; anything else that does not fit is refused. */
    public T parse(Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        return parser.apply(raw);
    }

    /** The value in the scope, or {@code null}. */
    public T get(VariableScope scope) {
        return parse(scope.getVariable(name));
    }

    /** The value in the scope; absent is refused with "Bitte … angeben." */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new RuleViolation("Bitte „" + label + "“ angeben.");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value == null ? null : fitting(writer.apply(value)));
    }

    /** For what a task shows: task-local, gone with the task, never in history. */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value == null ? null : fitting(writer.apply(value)));
    }

    /**
     * A text the process shows (a participant list, the organisations so far) is cut to what the engine can
     * keep, at a line or comma, and says so; the full text stays in the register.
     */
    static Object fitting(Object value) {
        if (!(value instanceof String text) || text.length() <= ENGINE_TEXT_LIMIT) {
            return value;
        }
        String marker = " … (gekürzt; vollständig im Register und in der Übersicht)";
        String head = text.substring(0, ENGINE_TEXT_LIMIT - marker.length());
        int cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(", "));
        return (cut > head.length() / 2 ? head.substring(0, cut) : head) + marker;
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    @Override
    public String toString() {
        return name;
    }

    private static long wholeNumber(Object raw, String label, long min, long max) {
        long value;
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            value = ((Number) raw).longValue();
        } else if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > MAX_ID) {
                throw new RuleViolation("„" + label + "“ muss eine ganze Zahl sein.");
            }
            value = (long) d;
        } else if (raw instanceof String s && s.strip().matches("-?\\d{1,16}")) {
            value = Long.parseLong(s.strip());
        } else if (raw instanceof String s && s.isBlank()) {
            throw new RuleViolation("Bitte „" + label + "“ angeben.");
        } else {
            throw new RuleViolation("„" + label + "“ muss eine ganze Zahl sein.");
        }
        if (value < min || value > max) {
            throw new RuleViolation("„" + label + "“ muss zwischen " + min + " und " + max + " liegen.");
        }
        return value;
    }

    /** Explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); the plain marks LRM/RLM stay allowed. */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Spaces of every kind, format characters (zero-width space, soft hyphen, BOM …) and the Hangul and Braille blanks. */
    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    /** A high surrogate without its low half or the other way round: no character at all, and no database stores it. */
    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static RuleViolation wrongType(String label, String expected) {
        return new RuleViolation("„" + label + "“ muss " + expected + " sein.");
    }
}
