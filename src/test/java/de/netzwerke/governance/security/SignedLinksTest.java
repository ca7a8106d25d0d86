package de.netzwerke.governance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Signed personal links: the purpose, the subject and the expiry hold; anything forged is refused. */
class SignedLinksTest {

    private final SignedLinks links = new SignedLinks(null, "ein-geheimer-schluessel-mit-mehr-als-32-zeichen");
    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    @DisplayName("a token verifies for its purpose until it expires, and names its subject")
    void validToken() {
        String token = links.sign("LEAVE", "partner-17", Duration.ofDays(7), now);
        assertThat(links.verify(token, "LEAVE", now.plus(Duration.ofDays(7)))).hasValueSatisfying(c -> {
            assertThat(c.subject()).isEqualTo("partner-17");
            assertThat(c.purpose()).isEqualTo("LEAVE");
        });
        assertThat(links.verify(token, "LEAVE", now.plus(Duration.ofDays(7)).plusSeconds(1))).isEmpty();
    }

    @Test
    @DisplayName("a token of another purpose, a changed subject, another key or garbage is refused")
    void forged() {
        String token = links.sign("LEAVE", "partner-17", Duration.ofDays(7), now);
        assertThat(links.verify(token, "BALLOT", now)).isEmpty();
        String[] parts = token.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("LEAVE:partner-18:9999999999".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(links.verify(otherPayload + "." + parts[1], "LEAVE", now)).isEmpty();
        SignedLinks otherKey = new SignedLinks(null, "ein-anderer-schluessel-mit-mehr-als-32-zeichen");
        assertThat(otherKey.verify(token, "LEAVE", now)).isEmpty();
        // the same signature spelt with other unused bits in its last character
        char last = token.charAt(token.length() - 1);
        char sameBytes = (char) (last ^ 1);
        if (Character.isLetterOrDigit(sameBytes)) {
            assertThat(links.verify(token.substring(0, token.length() - 1) + sameBytes, "LEAVE", now)).isEmpty();
        }
        assertThat(links.verify("kein-token", "LEAVE", now)).isEmpty();
        assertThat(links.verify("a.b", "LEAVE", now)).isEmpty();
        assertThat(links.verify(null, "LEAVE", now)).isEmpty();
        assertThat(links.verify("x".repeat(10_000), "LEAVE", now)).isEmpty();
    }

    @Test
    @DisplayName("a subject with a colon or an ill-formed purpose cannot be signed; a short configured key is refused")
    void misuse() {
        assertThatThrownBy(() -> links.sign("LEAVE", "a:b", Duration.ofDays(1), now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.sign("leave now", "a", Duration.ofDays(1), now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedLinks(null, "zu-kurz")).isInstanceOf(IllegalStateException.class);
    }
}
