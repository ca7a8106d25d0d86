package de.netzwerke.governance.founding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.netzwerke.governance.founding.FoundingQuorum.Declaration;
import de.netzwerke.governance.founding.FoundingQuorum.Result;

class FoundingQuorumTest {

    private static Declaration d(String name, String email, String organisation) {
        return new Declaration(name, email, organisation);
    }

    private static List<Declaration> organisations(int count) {
        List<Declaration> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(d("Person " + i, "person" + i + "@example.org", "Organisation " + i));
        }
        return list;
    }

    private static Result evaluate(List<Declaration> declarations) {
        return FoundingQuorum.evaluate(declarations, 5);
    }

    @Test
    @DisplayName("AT-3: no declaration, no working table; all 5 organisations missing")
    void nothingDeclared() {
        Result r = evaluate(List.of());
        assertThat(r.reached()).isFalse();
        assertThat(r.count()).isZero();
        assertThat(r.missing()).isEqualTo(5);
    }

    @Test
    @DisplayName("AT-3: exactly 5 representatives of 5 organisations establish the working table")
    void exactlyFive() {
        Result r = evaluate(organisations(5));
        assertThat(r.reached()).isTrue();
        assertThat(r.count()).isEqualTo(5);
        assertThat(r.missing()).isZero();
    }

    @Test
    @DisplayName("AT-3: 4 organisations are one too few")
    void fourOrganisations() {
        Result r = evaluate(organisations(4));
        assertThat(r.reached()).isFalse();
        assertThat(r.missing()).isEqualTo(1);
    }

    @Test
    @DisplayName("AT-3: more than 5 organisations are counted in full, nothing missing")
    void moreThanFive() {
        Result r = evaluate(organisations(8));
        assertThat(r.reached()).isTrue();
        assertThat(r.count()).isEqualTo(8);
        assertThat(r.missing()).isZero();
    }

    @Test
    @DisplayName("AT-3: 5 persons from 4 organisations are not enough")
    void fivePersonsFourOrganisations() {
        List<Declaration> list = new ArrayList<>(organisations(4));
        list.add(d("Zweite Person", "zweite@example.org", "Organisation 1"));
        Result r = evaluate(list);
        assertThat(r.reached()).isFalse();
        assertThat(r.count()).isEqualTo(4);
    }

    @Test
    @DisplayName("AT-3: spelling variants of one organisation (case, spaces) count once")
    void spellingVariants() {
        List<Declaration> list = new ArrayList<>(organisations(4));
        list.add(d("A", "a@example.org", "Caritas Schwerin"));
        list.add(d("B", "b@example.org", "caritas  schwerin"));
        list.add(d("C", "c@example.org", " CARITAS SCHWERIN "));
        list.add(d("D", "d@example.org", "CaritasSchwerin"));
        Result r = evaluate(list);
        assertThat(r.count()).isEqualTo(5);
        assertThat(r.organisations()).contains("Caritas Schwerin").doesNotContain("caritas  schwerin");
    }

    @Test
    @DisplayName("AT-3: spelling variants alone do not reach the quorum (4 organisations + a variant)")
    void fourPlusVariantNotEnough() {
        List<Declaration> list = new ArrayList<>(organisations(4));
        list.add(d("Variante", "variante@example.org", "organisation 1"));
        assertThat(evaluate(list).reached()).isFalse();
    }

    @Test
    @DisplayName("AT-3: individuals without an organisation take part but do not count")
    void individualsDoNotCount() {
        List<Declaration> list = new ArrayList<>(organisations(4));
        list.add(d("Einzelperson", "einzel@example.org", null));
        list.add(d("Noch eine", "noch@example.org", "   "));
        Result r = evaluate(list);
        assertThat(r.reached()).isFalse();
        assertThat(r.count()).isEqualTo(4);
    }

    @Test
    @DisplayName("AT-3: the same person twice counts once, even for another organisation")
    void samePersonTwice() {
        List<Declaration> list = new ArrayList<>(organisations(4));
        list.add(d("Person 1", "PERSON1@example.org", "Ganz andere Organisation"));
        Result r = evaluate(list);
        assertThat(r.reached()).isFalse();
        assertThat(r.count()).isEqualTo(4);
    }

    @Test
    @DisplayName("AT-3: an individual who later declares for an organisation counts once, as an individual")
    void firstDeclarationOfAPersonCounts() {
        List<Declaration> list = new ArrayList<>(organisations(4));
        list.add(d("Eva", "eva@example.org", null));
        list.add(d("Eva", "eva@example.org", "Organisation 5"));
        assertThat(evaluate(list).count()).isEqualTo(4);
    }

    @Test
    @DisplayName("AT-3: several representatives of one organisation plus four more reach exactly 5")
    void severalRepresentativesOfOneOrganisation() {
        List<Declaration> list = new ArrayList<>(organisations(5));
        list.add(d("Kollegin", "kollegin@example.org", "Organisation 5"));
        Result r = evaluate(list);
        assertThat(r.reached()).isTrue();
        assertThat(r.count()).isEqualTo(5);
    }

    @Test
    @DisplayName("AT-3: the minimum is the profile setting founding.min-organisations")
    void minimumFromProfile() {
        assertThat(FoundingQuorum.evaluate(organisations(3), 3).reached()).isTrue();
        assertThat(FoundingQuorum.evaluate(organisations(5), 6).missing()).isEqualTo(1);
    }

    @Test
    @DisplayName("AT-3: organisations are listed under the name of their first declaration, in order")
    void organisationsInOrder() {
        Result r = evaluate(List.of(d("A", "a@example.org", "AWO Schwerin"), d("B", "b@example.org", "awo schwerin"),
                d("C", "c@example.org", "Diakonie")));
        assertThat(r.organisations()).containsExactly("AWO Schwerin", "Diakonie");
    }

    @Test
    @DisplayName("AT-3: 5 declarations under 5 spellings of one organisation (no-break space, Cyrillic а, "
            + "zero-width space, full-width letters, soft hyphen) are 1 organisation, the quorum is not reached")
    void fiveSpellingsOfOneOrganisation() {
        Result r = evaluate(List.of(
                d("A", "a@example.org", "Caritas Schwerin"),
                d("B", "b@example.org", "Caritas\u00A0Schwerin"),
                d("C", "c@example.org", "C\u0430rit\u0430s Schwerin"),
                d("D", "d@example.org", "Cari\u200Btas Schwerin"),
                d("E", "e@example.org", "\uFF23\uFF41\uFF52\uFF49\uFF54\uFF41\uFF53 Schwe\u00ADrin")));
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.organisations()).containsExactly("Caritas Schwerin");
        assertThat(r.reached()).isFalse();
        assertThat(r.missing()).isEqualTo(4);
    }

    @Test
    @DisplayName("AT-3: ß and ss, a decomposed ü and an en space do not make a second organisation")
    void umlautAndSharpS() {
        List<Declaration> list = new ArrayList<>(organisations(3));
        list.add(d("A", "a@example.org", "Straßenmission Güstrow"));
        list.add(d("B", "b@example.org", "STRASSENMISSION\u2002GU\u0308STROW"));
        Result r = evaluate(list);
        assertThat(r.count()).isEqualTo(4);
        assertThat(r.reached()).isFalse();
    }

    @Test
    @DisplayName("AT-3: an organisation name of only invisible characters counts as none (an individual)")
    void invisibleOrganisationDoesNotCount() {
        List<Declaration> list = new ArrayList<>(organisations(4));
        list.add(d("Unsichtbar", "unsichtbar@example.org", "\u200B\u00A0\u2060"));
        Result r = evaluate(list);
        assertThat(r.count()).isEqualTo(4);
        assertThat(r.reached()).isFalse();
    }
}
