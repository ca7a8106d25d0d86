package de.netzwerke.governance.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The personal links in e-mails and the public pages without login: a token names one purpose (a capability's
 * constant, e.g. {@code "LEAVE"}, {@code "PROTOCOL_OBJECTION"}; letters, digits and underscores), one subject
 * (e.g. a partner and a protocol version, without colons) and an expiry, signed with HMAC-SHA256; a token of
 * one purpose is refused for every other. Single use is the capability's business (its register row). The key is {@code governance.links.secret}
 * (at least 32 characters); without it a random key is generated at the first start and kept in the database
 * (table {@code link_secret}), so links stay valid across restarts and every instance of a cluster.
 */
@Component
public class SignedLinks {

    /** A valid token's content. */
    public record Claim(String purpose, String subject, Instant expires) {
    }

    private static final String KEY_ID = "links";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final JdbcTemplate jdbc;
    private final String configured;
    private volatile byte[] key;

    public SignedLinks(JdbcTemplate jdbc, @Value("${governance.links.secret:}") String configured) {
        this.jdbc = jdbc;
        if (!configured.isBlank() && configured.length() < 32) {
            throw new IllegalStateException("governance.links.secret must have at least 32 characters");
        }
        this.configured = configured;
    }

    public String sign(String purpose, String subject, Duration validity, Instant now) {
        if (!purpose.matches("[A-Z0-9_]{1,40}") || subject.indexOf(':') >= 0) {
            throw new IllegalArgumentException("purpose or subject not fit for a token: " + purpose + " / " + subject);
        }
        String payload = purpose + ":" + subject + ":" + now.plus(validity).getEpochSecond();
        byte[] p = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(p) + "." + B64.encodeToString(mac(p));
    }

    /** The claim of a token that is well formed, correctly signed, of this purpose and not expired. */
    public Optional<Claim> verify(String token, String purpose, Instant now) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            byte[] payload = B64D.decode(token.substring(0, dot));
            byte[] signature = B64D.decode(token.substring(dot + 1));
            // one token, one spelling: Base64 ignores the unused bits of the last character, so other spellings
            // of the same bytes would verify too
            if (!token.equals(B64.encodeToString(payload) + "." + B64.encodeToString(signature))) {
                return Optional.empty();
            }
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 3 || !purpose.equals(parts[0])) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            return now.isAfter(expires) ? Optional.empty() : Optional.of(new Claim(purpose, parts[1], expires));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = (configured.isBlank() ? storedSecret() : configured).getBytes(StandardCharsets.UTF_8);
                }
                k = key;
            }
        }
        return k;
    }

    private String storedSecret() {
        var existing = jdbc.queryForList("select secret from link_secret where id = ?", String.class, KEY_ID);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            jdbc.update("insert into link_secret (id, secret) values (?, ?)", KEY_ID, B64.encodeToString(random));
        } catch (DataIntegrityViolationException e) {
            // another instance was first: use its key
        }
        return jdbc.queryForObject("select secret from link_secret where id = ?", String.class, KEY_ID);
    }
}
