package de.netzwerke.governance.election.delegate;

import java.util.ArrayList;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import de.netzwerke.governance.register.RuleViolation;

/** Reading what Tasklist and REST callers submit: numbers of any type, lists as Json or text. */
final class ElectionValues {

    private ElectionValues() {
    }

    static int number(Object value, String label) {
        if (value instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new RuleViolation(label + " muss eine ganze Zahl sein.");
            }
            return n.intValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d+")) {
            return Integer.parseInt(s.strip());
        }
        throw new RuleViolation("Bitte " + label + " angeben.");
    }

    static int numberOrZero(Object value, String label) {
        return value == null || (value instanceof String s && s.isBlank()) ? 0 : number(value, label);
    }

    /** Partner ids from a Json array (of strings or numbers) or a comma-separated text. */
    static List<Long> ids(Object value) {
        List<String> raw = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            for (SpinJsonNode element : json.elements()) {
                raw.add(element.isString() ? element.stringValue() : element.toString());
            }
        } else if (value instanceof String s && !s.isBlank()) {
            raw.addAll(List.of(s.split("\\s*,\\s*")));
        } else if (value != null && !(value instanceof String)) {
            throw new RuleViolation("Die Kandidat:innen müssen als Liste übergeben werden.");
        }
        List<Long> ids = new ArrayList<>();
        for (String r : raw) {
            try {
                ids.add(Long.valueOf(r.strip()));
            } catch (NumberFormatException e) {
                throw new RuleViolation("„" + r + "“ ist keine Nummer einer Netzwerkpartner:in.");
            }
        }
        return ids;
    }
}
