package de.netzwerke.governance.founding;

import de.netzwerke.governance.Implements;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.netzwerke.governance.register.NameKey;

/**
 * Implements AT-3: a new working table is established when representatives of at least
 * {@code min-organisations} (default 5) different organisations have declared their readiness.
 * <p>
 * Reading (RULES.md): count distinct organisations with at least one declared representative;
 * organisation names are compared case- and space-insensitively; individuals without an organisation
 * take part but do not count; one person (one e-mail address) counts once, for the organisation of
 * their first declaration.
 */
@Implements({"AT-3"})
public final class FoundingQuorum {

    private FoundingQuorum() {
    }

    /** One declaration of readiness; {@code organisation} is blank for an individual. */
    public record Declaration(String representativeName, String representativeEmail, String organisation) {
    }

    /**
     * @param organisations the organisations counted, each under the name of its first declaration
     * @param missing       how many organisations are still missing (0 once reached)
     */
    public record Result(List<String> organisations, int required, boolean reached, int missing) {

        public int count() {
            return organisations.size();
        }
    }

    public static Result evaluate(List<Declaration> declarations, int minOrganisations) {
        Set<String> persons = new HashSet<>();
        Map<String, String> organisations = new LinkedHashMap<>();
        for (Declaration d : declarations) {
            if (!persons.add(NameKey.ofEmail(d.representativeEmail()))) {
                continue;
            }
            String key = NameKey.of(d.organisation());
            if (!key.isEmpty()) {
                organisations.putIfAbsent(key, d.organisation().strip());
            }
        }
        int count = organisations.size();
        return new Result(List.copyOf(organisations.values()), minOrganisations, count >= minOrganisations,
                Math.max(0, minOrganisations - count));
    }
}
