package de.netzwerke.governance.founding;

import de.netzwerke.governance.Implements;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import de.netzwerke.governance.founding.FoundingQuorum.Declaration;
import de.netzwerke.governance.register.NameKey;

/**
 * AT-3: which declarations of readiness are accepted. A declaration needs a name and a valid e-mail
 * address; a person (same e-mail, case-insensitive) declares once per proposal. Checked the same way
 * for Tasklist and REST; a batch is accepted whole or not at all.
 */
@Implements({"AT-3"})
public final class ReadinessDeclarations {

    /** Something@domain.tld without blanks: what a mail server will deliver to. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private ReadinessDeclarations() {
    }

    /**
     * @param alreadyDeclared e-mail keys of the declarations already in the register for this proposal
     * @return the German reasons for refusal, one per faulty declaration; empty when all are accepted
     */
    public static List<String> problems(Collection<String> alreadyDeclared, List<Declaration> batch) {
        List<String> problems = new ArrayList<>();
        if (batch.isEmpty()) {
            problems.add("Bitte mindestens eine Bereitschaftserklärung eintragen.");
            return problems;
        }
        Set<String> seen = new HashSet<>(alreadyDeclared);
        int position = 0;
        for (Declaration d : batch) {
            position++;
            String who = batch.size() > 1 ? "Erklärung " + position + ": " : "";
            String name = d.representativeName() == null ? "" : d.representativeName().strip();
            String email = d.representativeEmail() == null ? "" : d.representativeEmail().strip();
            if (name.isEmpty()) {
                problems.add(who + "Bitte den Namen der Person angeben.");
            }
            if (!EMAIL.matcher(email).matches()) {
                problems.add(who + (email.isEmpty() ? "Bitte eine E-Mail-Adresse angeben."
                        : "„" + email + "“ ist keine gültige E-Mail-Adresse."));
            } else if (!seen.add(NameKey.ofEmail(email))) {
                problems.add(who + "Die Person mit der E-Mail-Adresse " + email
                        + " hat ihre Bereitschaft bereits erklärt; jede Person zählt nur einmal.");
            }
        }
        return problems;
    }
}
