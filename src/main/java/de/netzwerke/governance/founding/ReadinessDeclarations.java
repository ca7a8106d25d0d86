package de.netzwerke.governance.founding;

import de.netzwerke.governance.Implements;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.netzwerke.governance.founding.FoundingQuorum.Declaration;
import de.netzwerke.governance.register.EmailAddress;
import de.netzwerke.governance.register.NameKey;

/**
 * AT-3: which declarations of readiness are accepted. A declaration needs a name and a valid e-mail
 * address; a person (same e-mail, case-insensitive) declares once per proposal. An organisation name,
 * when given, must show something (not only spaces or invisible characters). Every text is checked
 * against the length of its column before it reaches the database. Checked the same way for Tasklist
 * and REST; a batch is accepted whole or not at all.
 */
@Implements({"AT-3"})
public final class ReadinessDeclarations {

    /** The columns {@code representative_name}, {@code organisation} and {@code organisation.name_key}. */
    static final int MAX_NAME_LENGTH = 255;

    private ReadinessDeclarations() {
    }

    /**
     * @param alreadyDeclared e-mail keys of the declarations already in the register for this proposal
     * @return the German reasons for refusal, one per faulty field; empty when all are accepted
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
            String organisation = d.organisation() == null ? "" : d.organisation().strip();
            if (!NameKey.hasVisibleContent(name)) {
                problems.add(who + "Bitte den Namen der Person angeben.");
            } else if (name.length() > MAX_NAME_LENGTH) {
                problems.add(who + "Der Name der Person ist zu lang (höchstens " + MAX_NAME_LENGTH + " Zeichen).");
            }
            if (email.isEmpty()) {
                problems.add(who + "Bitte eine E-Mail-Adresse angeben.");
            } else if (email.length() > EmailAddress.MAX_LENGTH) {
                problems.add(who + "Die E-Mail-Adresse ist zu lang (höchstens " + EmailAddress.MAX_LENGTH + " Zeichen).");
            } else if (!EmailAddress.isValid(email)) {
                problems.add(who + quoted(email, "Die angegebene E-Mail-Adresse") + " ist keine gültige E-Mail-Adresse."
                        + (EmailAddress.hasNonAsciiCharacters(email)
                                ? " Umlaute und andere Sonderzeichen sind in E-Mail-Adressen nicht möglich;"
                                        + " eine Domain mit Umlauten bitte in ihrer xn--Schreibweise angeben."
                                : ""));
            } else if (!seen.add(NameKey.ofEmail(email))) {
                problems.add(who + "Die Person mit der E-Mail-Adresse " + email
                        + " hat ihre Bereitschaft bereits erklärt; jede Person zählt nur einmal.");
            }
            if (!organisation.isEmpty() && !NameKey.hasVisibleContent(organisation)) {
                problems.add(who + "Der Name der Organisation besteht nur aus Leerzeichen oder unsichtbaren Zeichen."
                        + " Bitte den Namen der Organisation angeben oder das Feld leer lassen (Einzelperson).");
            } else if (organisation.length() > MAX_NAME_LENGTH || NameKey.of(organisation).length() > MAX_NAME_LENGTH) {
                problems.add(who + "Der Name der Organisation ist zu lang (höchstens " + MAX_NAME_LENGTH + " Zeichen).");
            }
        }
        return problems;
    }

    /**
     * The input in German quotation marks, or the description when the input could be read as markup:
     * Tasklist shows refusals as HTML, so an entered text is repeated only when it is plain.
     */
    private static String quoted(String input, String description) {
        return input.chars().anyMatch(c -> c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || Character.isISOControl(c))
                ? description : "„" + input + "“";
    }
}
