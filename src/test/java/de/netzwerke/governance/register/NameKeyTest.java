package de.netzwerke.governance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** AT-3: organisation names are compared as a reader sees them (RULES.md, "Readings"). */
class NameKeyTest {

    static Stream<Arguments> sameOrganisation() {
        return Stream.of(
                Arguments.of("upper and lower case", "Caritas Schwerin", "CARITAS schwerin"),
                Arguments.of("several blanks, surrounding blanks", "Caritas Schwerin", "  Caritas   Schwerin "),
                Arguments.of("no blank", "Caritas Schwerin", "CaritasSchwerin"),
                Arguments.of("tab and line break", "Caritas Schwerin", "Caritas\t\nSchwerin"),
                Arguments.of("no-break space U+00A0", "Caritas Schwerin", "Caritas\u00A0Schwerin"),
                Arguments.of("narrow no-break space U+202F", "Caritas Schwerin", "Caritas\u202FSchwerin"),
                Arguments.of("en space U+2002", "Caritas Schwerin", "Caritas\u2002Schwerin"),
                Arguments.of("em space U+2003", "Caritas Schwerin", "Caritas\u2003Schwerin"),
                Arguments.of("ideographic space U+3000", "Caritas Schwerin", "Caritas\u3000Schwerin"),
                Arguments.of("zero-width space U+200B", "Caritas Schwerin", "Cari\u200Btas Schwerin"),
                Arguments.of("zero-width joiner and non-joiner", "Caritas Schwerin", "Cari\u200Dtas Schwe\u200Crin"),
                Arguments.of("word joiner U+2060", "Caritas Schwerin", "Caritas\u2060 Schwerin"),
                Arguments.of("byte order mark U+FEFF", "Caritas Schwerin", "\uFEFFCaritas Schwerin"),
                Arguments.of("soft hyphen U+00AD", "Caritas Schwerin", "Cari\u00ADtas Schwe\u00ADrin"),
                Arguments.of("Hangul filler U+3164 (default ignorable)", "Caritas Schwerin", "Caritas\u3164Schwerin"),
                Arguments.of("control character", "Caritas Schwerin", "Caritas\u0007 Schwerin"),
                Arguments.of("Cyrillic а (U+0430) for Latin a", "Caritas Schwerin", "C\u0430rit\u0430s Schwerin"),
                Arguments.of("Cyrillic С, е, і for Latin C, e, i", "Caritas Schwerin", "\u0421ar\u0456tas Schw\u0435rin"),
                Arguments.of("Greek ο (U+03BF) for Latin o", "Diakonie Schwerin", "Diak\u03BFnie Schwerin"),
                Arguments.of("full-width letters", "Caritas Schwerin", "\uFF23\uFF41\uFF52\uFF49\uFF54\uFF41\uFF53 "
                        + "\uFF33\uFF43\uFF48\uFF57\uFF45\uFF52\uFF49\uFF4E"),
                Arguments.of("ß = ss", "Straßenmission Schwerin", "Strassenmission Schwerin"),
                Arguments.of("ß = SS in capitals", "Straßenmission Schwerin", "STRASSENMISSION SCHWERIN"),
                Arguments.of("capital ẞ (U+1E9E)", "Straßenmission Schwerin", "STRA\u1E9EENMISSION SCHWERIN"),
                Arguments.of("decomposed ü (u + U+0308)", "Diakonie Güstrow", "Diakonie Gu\u0308strow"),
                Arguments.of("decomposed Ü in capitals", "Diakonie Güstrow", "DIAKONIE GU\u0308STROW"),
                Arguments.of("ligature ﬀ (U+FB00)", "Caritas Offenbach", "Caritas O\uFB00enbach"),
                Arguments.of("several at once", "Caritas Schwerin",
                        "\u200B\uFF23\u0430ri\u00ADtas\u00A0\u2002SCHWERIN\u2060"));
    }

    @ParameterizedTest(name = "{0}: „{2}“")
    @MethodSource("sameOrganisation")
    @DisplayName("AT-3: spellings of one organisation that a reader cannot tell apart have one key")
    void sameKey(String variantKind, String name, String variant) {
        assertThat(NameKey.of(variant)).isEqualTo(NameKey.of(name)).isNotEmpty();
    }

    static Stream<Arguments> differentOrganisations() {
        return Stream.of(
                Arguments.of("Caritas Schwerin", "Caritas Rostock"),
                Arguments.of("AWO Schwerin", "Diakonie Schwerin"),
                Arguments.of("Organisation 1", "Organisation 2"),
                Arguments.of("Jobcenter Schwerin", "Jobcenter Schwerin-Süd"),
                Arguments.of("Diakonie Güstrow", "Diakonie Gustrow"),
                Arguments.of("Migrantenbeirat", "Migrantenbeirat Schwerin"));
    }

    @ParameterizedTest(name = "„{0}“ ≠ „{1}“")
    @MethodSource("differentOrganisations")
    @DisplayName("AT-3: genuinely different organisations keep different keys")
    void differentKeys(String one, String other) {
        assertThat(NameKey.of(one)).isNotEqualTo(NameKey.of(other));
    }

    @ParameterizedTest(name = "[{index}]")
    @NullAndEmptySource
    @ValueSource(strings = {" ", " \t\n ", "\u00A0", "\u2002\u3000\u202F", "\u200B", "\u200B\u00AD\u2060\u200D",
            "\uFEFF", "\u3164", "\u2800", "\u0007"})
    @DisplayName("AT-3: a name of only spaces or invisible characters has no visible content and an empty key")
    void invisibleOnly(String name) {
        assertThat(NameKey.hasVisibleContent(name)).isFalse();
        assertThat(NameKey.of(name)).isEmpty();
    }

    @ParameterizedTest(name = "„{0}“")
    @ValueSource(strings = {"AWO", "ü", "\u200BA", "Caritas\u00A0Schwerin", "1"})
    @DisplayName("AT-3: a name with at least one visible character has visible content")
    void visible(String name) {
        assertThat(NameKey.hasVisibleContent(name)).isTrue();
    }

    @Test
    @DisplayName("AT-3: one person, one e-mail key: case, surrounding blanks and full-width letters do not matter")
    void emailKey() {
        assertThat(NameKey.ofEmail(" Eva.Berg@Example.ORG\t")).isEqualTo("eva.berg@example.org");
        assertThat(NameKey.ofEmail("\uFF45\uFF56\uFF41.berg@example.org")).isEqualTo("eva.berg@example.org");
        assertThat(NameKey.ofEmail("eva.berg@example.org")).isNotEqualTo(NameKey.ofEmail("eva.berger@example.org"));
        assertThat(NameKey.ofEmail(null)).isNull();
    }
}
