package de.netzwerke.governance.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** AT-3, M-1: the e-mail address of a declarant, partner or proposer is one mail can be delivered to. */
class EmailAddressTest {

    @ParameterizedTest(name = "„{0}“")
    @ValueSource(strings = {"eva@example.org", "a.yilmaz@example.org", "j.berg@jobcenter-schwerin.de",
            "info+arbeitstisch@caritas.example.de", "o'brien@example.ie", "Eva.Berg@Example.ORG", "eva@sub.example.co.uk",
            "fachstelle@schwerin.berlin", "info@xn--mnchen-3ya.de"})
    @DisplayName("AT-3: ordinary addresses without umlauts are accepted, an IDN domain in its xn-- form too")
    void accepted(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest(name = "„{0}“")
    @NullAndEmptySource
    @ValueSource(strings = {"eva@example..org", "<script>@example.org", "kein-mail", "a@b", "eva@localhost",
            "eva@example", "eva@example.org.", ".eva@example.org", "eva..berg@example.org", "eva berg@example.org",
            "eva@exa mple.org", "Eva <eva@example.org>", "eva@example.org, jana@example.org", "@example.org", "eva@",
            "eva@@example.org", "jana.berg(at)example.org", "eva@example.invalid", " eva@example.org"})
    @DisplayName("AT-3: malformed addresses, local host names and markup are refused")
    void refused(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @ParameterizedTest(name = "„{0}“")
    @ValueSource(strings = {"jürgen@example.org", "info@münchen.de", "eva@ex\u0430mple.org", "\uFF45\uFF56\uFF41@example.org",
            "eva\u200B@example.org"})
    @DisplayName("AT-3: addresses with umlauts, look-alike or invisible characters are refused (no SMTPUTF8; IDN only as xn--)")
    void nonAsciiRefused(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
        assertThat(EmailAddress.hasNonAsciiCharacters(address)).isTrue();
    }

    @Test
    @DisplayName("AT-3: at most 254 characters: 254 are accepted, 255 and a 300-character address are refused")
    void lengthLimit() {
        assertThat(address(254)).hasSize(254);
        assertThat(EmailAddress.isValid(address(254))).isTrue();
        assertThat(EmailAddress.isValid(address(255))).isFalse();
        assertThat(EmailAddress.isValid(address(300))).isFalse();
    }

    /**
     * A well-formed address of the given length: a local part of 64 characters (the RFC limit) and a
     * domain of labels of at most 63 characters under .org, so that only the total length can be at fault.
     */
    private static String address(int length) {
        int fill = length - 65 - ".org".length();
        StringBuilder domain = new StringBuilder();
        while (domain.length() < fill) {
            domain.append(domain.length() % 64 == 63 && domain.length() < fill - 1 ? '.' : 'b');
        }
        return "a".repeat(64) + "@" + domain + ".org";
    }
}
