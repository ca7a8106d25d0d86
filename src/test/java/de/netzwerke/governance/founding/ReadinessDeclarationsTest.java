package de.netzwerke.governance.founding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.founding.FoundingQuorum.Declaration;

class ReadinessDeclarationsTest {

    @Test
    @DisplayName("AT-3: a declaration with name and valid e-mail is accepted")
    void valid() {
        assertThat(ReadinessDeclarations.problems(List.of(),
                List.of(new Declaration("Ali Yilmaz", "a.yilmaz@example.org", "Migrantenbeirat")))).isEmpty();
    }

    @Test
    @DisplayName("AT-3: a second declaration by the same person (e-mail, any case) is refused")
    void duplicateAgainstRegister() {
        assertThat(ReadinessDeclarations.problems(List.of("a.yilmaz@example.org"),
                List.of(new Declaration("Ali Yilmaz", "A.Yilmaz@Example.org", "Migrantenbeirat"))))
                .singleElement().asString().contains("bereits erklärt");
    }

    @Test
    @DisplayName("AT-3: the same person twice within one batch is refused")
    void duplicateWithinBatch() {
        assertThat(ReadinessDeclarations.problems(List.of(), List.of(
                new Declaration("Jana Berg", "j.berg@example.org", "Jobcenter"),
                new Declaration("Jana Berg", "J.BERG@example.org ", "Jobcenter"))))
                .singleElement().asString().startsWith("Erklärung 2:");
    }

    @Test
    @DisplayName("AT-3: a declaration without a valid e-mail address is refused with the address named")
    void invalidEmail() {
        assertThat(ReadinessDeclarations.problems(List.of(),
                List.of(new Declaration("Jana Berg", "jana.berg(at)example.org", null))))
                .singleElement().asString().contains("„jana.berg(at)example.org“ ist keine gültige E-Mail-Adresse");
        assertThat(ReadinessDeclarations.problems(List.of(), List.of(new Declaration("Jana Berg", " ", null))))
                .singleElement().asString().contains("Bitte eine E-Mail-Adresse angeben");
    }

    @Test
    @DisplayName("AT-3: a declaration without a name is refused; an empty batch too")
    void missingName() {
        assertThat(ReadinessDeclarations.problems(List.of(), List.of(new Declaration("", "x@example.org", null))))
                .singleElement().asString().contains("Namen");
        assertThat(ReadinessDeclarations.problems(List.of(), List.of())).hasSize(1);
    }

    private static List<String> problemsOf(Declaration d) {
        return ReadinessDeclarations.problems(List.of(), List.of(d));
    }

    @Test
    @DisplayName("AT-3: the addresses of the issue are refused: eva@example..org, <script>@example.org, kein-mail, a@b")
    void issueAddresses() {
        assertThat(problemsOf(new Declaration("Eva", "eva@example..org", null)))
                .singleElement().asString().contains("„eva@example..org“ ist keine gültige E-Mail-Adresse");
        assertThat(problemsOf(new Declaration("Eva", "kein-mail", null)))
                .singleElement().asString().contains("„kein-mail“ ist keine gültige E-Mail-Adresse");
        assertThat(problemsOf(new Declaration("Eva", "a@b", null)))
                .singleElement().asString().contains("keine gültige E-Mail-Adresse");
        // markup is not repeated: Tasklist shows refusals as HTML
        assertThat(problemsOf(new Declaration("Eva", "<script>@example.org", null)))
                .singleElement().asString().contains("Die angegebene E-Mail-Adresse ist keine gültige")
                .doesNotContain("<script>");
    }

    @Test
    @DisplayName("AT-3: an address with umlauts is refused with a hint to the xn-- form of the domain")
    void umlautAddress() {
        assertThat(problemsOf(new Declaration("Jürgen", "info@münchen.de", null)))
                .singleElement().asString().contains("keine gültige E-Mail-Adresse").contains("xn--");
    }

    @Test
    @DisplayName("AT-3: an organisation name of only invisible characters or special spaces is refused")
    void invisibleOrganisation() {
        for (String invisible : List.of("\u200B", "\u00A0\u2002", "\u00AD\u2060\uFEFF", "\u3164")) {
            assertThat(problemsOf(new Declaration("Eva Berg", "eva@example.org", invisible)))
                    .singleElement().asString().contains("nur aus Leerzeichen oder unsichtbaren Zeichen");
        }
        // blank (ordinary spaces) or missing: an individual, accepted
        assertThat(problemsOf(new Declaration("Eva Berg", "eva@example.org", "   "))).isEmpty();
        assertThat(problemsOf(new Declaration("Eva Berg", "eva@example.org", null))).isEmpty();
    }

    @Test
    @DisplayName("AT-3: a name of only invisible characters is no name")
    void invisibleName() {
        assertThat(problemsOf(new Declaration("\u200B\u00A0", "eva@example.org", "Caritas Schwerin")))
                .singleElement().asString().contains("Bitte den Namen der Person angeben");
    }

    @Test
    @DisplayName("AT-3: a name of the person longer than 255 characters is refused; 255 are accepted")
    void nameTooLong() {
        assertThat(problemsOf(new Declaration("E".repeat(255), "eva@example.org", null))).isEmpty();
        assertThat(problemsOf(new Declaration("E".repeat(256), "eva@example.org", null)))
                .singleElement().asString().contains("Der Name der Person ist zu lang (höchstens 255 Zeichen)");
    }

    @Test
    @DisplayName("AT-3: an organisation name longer than 255 characters is refused; 255 are accepted")
    void organisationTooLong() {
        assertThat(problemsOf(new Declaration("Eva Berg", "eva@example.org", "O".repeat(255)))).isEmpty();
        assertThat(problemsOf(new Declaration("Eva Berg", "eva@example.org", "O".repeat(256))))
                .singleElement().asString().contains("Der Name der Organisation ist zu lang (höchstens 255 Zeichen)");
    }

    @Test
    @DisplayName("AT-3: an organisation name whose comparison key outgrows its column (ß = ss) is refused too")
    void organisationKeyTooLong() {
        assertThat(problemsOf(new Declaration("Eva Berg", "eva@example.org", "ß".repeat(200))))
                .singleElement().asString().contains("Der Name der Organisation ist zu lang");
    }

    @Test
    @DisplayName("AT-3: an e-mail address longer than 254 characters is refused without repeating it")
    void emailTooLong() {
        String address = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(63) + ".org";
        assertThat(address).hasSize(254);
        assertThat(problemsOf(new Declaration("Eva Berg", address, null))).isEmpty();
        String tooLong = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(61) + "." + "d".repeat(63) + ".org";
        assertThat(problemsOf(new Declaration("Eva Berg", tooLong, null)))
                .singleElement().asString().isEqualTo("Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).");
        assertThat(problemsOf(new Declaration("Eva Berg", "e".repeat(290) + "@example.org", null)))
                .singleElement().asString().contains("zu lang");
    }

    @Test
    @DisplayName("AT-3: every faulty field of a batch is named, with the position of its declaration")
    void everyProblemNamed() {
        assertThat(ReadinessDeclarations.problems(List.of(), List.of(
                new Declaration("Jana Berg", "j.berg@example.org", "Jobcenter"),
                new Declaration("N".repeat(300), "kein-mail", "\u200B"))))
                .containsExactly("Erklärung 2: Der Name der Person ist zu lang (höchstens 255 Zeichen).",
                        "Erklärung 2: „kein-mail“ ist keine gültige E-Mail-Adresse.",
                        "Erklärung 2: Der Name der Organisation besteht nur aus Leerzeichen oder unsichtbaren Zeichen."
                                + " Bitte den Namen der Organisation angeben oder das Feld leer lassen (Einzelperson).");
    }
}
