package de.netzwerke.governance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.netzwerke.governance.register.RuleViolation;

/** What {@link Var#text} accepts from a form or a REST call (issue 8, finding 5). */
class VarTextTest {

    private static final Var<String> TOPIC = Var.text("topic", "Thema", 255);

    @ParameterizedTest
    @ValueSource(strings = {"Wohnen", "Sprache & Bildung", "Ärzt:innen für Geflüchtete", "Gesundheit \uD83D\uDE00",
            "Deutsch\u200Eעברית", "Zeile 1\nZeile 2", "Café\u0301"})
    @DisplayName("ordinary text, emoji, umlauts, combining marks, a plain direction mark and line breaks are accepted")
    void acceptsText(String text) {
        assertThat(TOPIC.parse(text)).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thema \u202Eneda\u202C", "\u202Bx", "Thema \u2066x\u2069", "\u2067x", "\u2068x"})
    @DisplayName("direction embeddings, overrides and isolates are refused in German (a name would read otherwise than stored)")
    void refusesDirectionControls(String text) {
        assertThatThrownBy(() -> TOPIC.parse(text)).isInstanceOf(RuleViolation.class)
                .hasMessage("„Thema“ enthält unzulässige Steuerzeichen für die Schreibrichtung.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thema \uD800", "\uDC00 Thema", "a\uDBFFb"})
    @DisplayName("unpaired surrogates are refused in German (no character, and PostgreSQL refuses to store them)")
    void refusesUnpairedSurrogates(String text) {
        assertThatThrownBy(() -> TOPIC.parse(text)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("ungültiges Zeichen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200B\u200B\u200B", "\u00AD\u2060\uFEFF", "\u3164", "\u00A0\u200B"})
    @DisplayName("text of only invisible characters is refused in German, not taken as a topic nobody can read")
    void refusesInvisibleText(String text) {
        assertThatThrownBy(() -> TOPIC.parse(text)).isInstanceOf(RuleViolation.class)
                .hasMessage("„Thema“ besteht nur aus Leerzeichen oder unsichtbaren Zeichen.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thema\u0000", "a\u0007b", "\u001Bx"})
    @DisplayName("control characters other than line breaks and tabs are refused in German")
    void refusesControlCharacters(String text) {
        assertThatThrownBy(() -> TOPIC.parse(text)).isInstanceOf(RuleViolation.class)
                .hasMessage("„Thema“ enthält unzulässige Steuerzeichen.");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a text longer than the engine's column (4000) is refused in German, whatever the variable's own limit")
    void refusesWhatTheEngineCannotKeep() {
        Var<String> protocol = Var.text("protocolText", "Protokolltext", 20000);
        assertThat(protocol.parse("x".repeat(4000))).hasSize(4000);
        assertThatThrownBy(() -> protocol.parse("x".repeat(4001))).isInstanceOf(RuleViolation.class)
                .hasMessage("„Protokolltext“ ist zu lang (4001 Zeichen, höchstens 4000).");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a text the process shows is cut to the engine's column at a line break and says so")
    void cutsWhatAProcessShows() {
        String participants = "Anwesend (600): " + "Name Nachname (Organisation), ".repeat(600);
        String shown = (String) Var.fitting("Beschlüsse:\n1. Haushalt: angenommen\n" + participants);
        assertThat(shown).hasSizeLessThanOrEqualTo(Var.ENGINE_TEXT_LIMIT).startsWith("Beschlüsse:")
                .endsWith("(gekürzt; vollständig im Register und in der Übersicht)");
        assertThat(Var.fitting("kurz")).isEqualTo("kurz");
    }
}
