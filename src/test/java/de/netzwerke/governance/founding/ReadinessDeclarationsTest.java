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
}
