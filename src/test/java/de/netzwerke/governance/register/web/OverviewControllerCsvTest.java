package de.netzwerke.governance.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The distribution list as CSV: no cell reaches a spreadsheet program as a formula. */
class OverviewControllerCsvTest {

    private static final List<String> FORMULA_STARTS = List.of("=", "+", "-", "@", "\t", "\r");
    private static final List<String> LINE_BREAKS = List.of("\n", "\r\n", "\r");

    @Test
    @DisplayName("a formula character at the start of a cell is neutralised with an apostrophe")
    void formulaAtCellStart() {
        assertThat(OverviewController.csvLine("=1+1")).isEqualTo("'=1+1");
        assertThat(OverviewController.csvLine("+49 385 123")).isEqualTo("'+49 385 123");
        assertThat(OverviewController.csvLine("-2")).isEqualTo("'-2");
        assertThat(OverviewController.csvLine("@SUMME(A1)")).isEqualTo("'@SUMME(A1)");
        assertThat(OverviewController.csvLine("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(OverviewController.csvLine("\r=1+1")).isEqualTo("\"'\r'=1+1\"");
    }

    @Test
    @DisplayName("a cell =1+1 followed by a line break, and a formula on any later line, are neutralised too")
    void formulaOnAnyLine() {
        assertThat(OverviewController.csvLine("=1+1\n")).isEqualTo("\"'=1+1\n\"");
        assertThat(OverviewController.csvLine("=1+1\nCaritas")).isEqualTo("\"'=1+1\nCaritas\"");
        assertThat(OverviewController.csvLine("Caritas\n=HYPERLINK(\"x\")"))
                .isEqualTo("\"Caritas\n'=HYPERLINK(\"\"x\"\")\"");
        for (String start : FORMULA_STARTS) {
            for (String lineBreak : LINE_BREAKS) {
                String cell = "Zeile eins" + lineBreak + start + "1+1" + lineBreak + "Zeile drei";
                assertThat(OverviewController.csvLine(cell)).as("%s after %s", printable(start), printable(lineBreak))
                        .isEqualTo("\"Zeile eins" + lineBreak + "'" + start + "1+1" + lineBreak + "Zeile drei\"");
            }
        }
    }

    @Test
    @DisplayName("ordinary cells stay as they are; separators and quotes are quoted")
    void ordinaryCells() {
        assertThat(OverviewController.csvLine("Lea Leitung", "Caritas Schwerin", "leitung@example.org"))
                .isEqualTo("Lea Leitung;Caritas Schwerin;leitung@example.org");
        assertThat(OverviewController.csvLine("Müller-Lüdenscheidt", "a+b", "x@y.de")).isEqualTo("Müller-Lüdenscheidt;a+b;x@y.de");
        assertThat(OverviewController.csvLine("AWO; Kreisverband", "„Brücke“ e. V.", null))
                .isEqualTo("\"AWO; Kreisverband\";„Brücke“ e. V.;");
        assertThat(OverviewController.csvLine("Zeile eins\nZeile zwei")).isEqualTo("\"Zeile eins\nZeile zwei\"");
        assertThat(OverviewController.csvLine("Verein \"Miteinander\"")).isEqualTo("\"Verein \"\"Miteinander\"\"\"");
    }

    private static String printable(String s) {
        return s.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
