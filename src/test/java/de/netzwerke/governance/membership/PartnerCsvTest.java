package de.netzwerke.governance.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** M-1: the CSV of an existing distribution list, read and checked row by row with the line of each problem. */
class PartnerCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    @DisplayName("M-1: German headers and separator, quoted fields, optional organisation and date in both forms")
    void readsAGermanList() {
        var r = PartnerCsv.read("\uFEFFName;E-Mail-Adresse;Organisation / Träger;Mitglied seit\n"
                + "Jana Berg;j.berg@example.org;\"Jobcenter; Schwerin\";01.03.2024\n"
                + "\n"
                + "Kai Nord;kai@example.org;;2025-02-28\n"
                + "Ria Ost;ria@example.org;;\n", TODAY);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).extracting(PartnerCsv.Row::line).containsExactly(2, 4, 5);
        assertThat(r.rows().get(0).organisation()).isEqualTo("Jobcenter; Schwerin");
        assertThat(r.rows().get(0).memberSince()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(r.rows().get(1).organisation()).isNull();
        assertThat(r.rows().get(2).memberSince()).isNull();
    }

    @Test
    @DisplayName("M-1: each bad row is named by its line: invalid address, missing name, duplicate in the file, bad or future date")
    void namesEveryBadLine() {
        var r = PartnerCsv.read("name,email,organisation,member since\n"
                + "A,a@example.org,,\n"
                + "B,kein-at,,\n"
                + ",c@example.org,,\n"
                + "D,A@EXAMPLE.org,,\n"
                + "E,e@example.org,,31.02.2024\n"
                + "F,f@example.org,,2027-03-02\n", TODAY);
        assertThat(r.rows()).extracting(PartnerCsv.Row::line).containsExactly(2);
        assertThat(r.problems()).extracting(PartnerCsv.Problem::text).containsExactly(
                "Zeile 3: „kein-at“ ist keine gültige E-Mail-Adresse.",
                "Zeile 4: der Name fehlt.",
                "Zeile 5: die E-Mail-Adresse „A@EXAMPLE.org“ steht schon in Zeile 2.",
                "Zeile 6: „Mitglied seit“ „31.02.2024“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).",
                "Zeile 7: „Mitglied seit“ liegt in der Zukunft.");
    }

    @Test
    @DisplayName("M-1: without the columns name and e-mail, or without rows, nothing is read")
    void refusesAFileWithoutColumnsOrRows() {
        assertThat(PartnerCsv.read("Vorname;Telefon\nA;123\n", TODAY).problems()).singleElement()
                .satisfies(p -> assertThat(p.text()).startsWith("Zeile 1: Die Kopfzeile braucht die Spalten"));
        assertThat(PartnerCsv.read("Name;E-Mail\n", TODAY).problems()).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(PartnerCsv.read("", TODAY).isClean()).isFalse();
    }
}
