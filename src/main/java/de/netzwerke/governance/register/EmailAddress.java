package de.netzwerke.governance.register;

import org.apache.commons.validator.routines.EmailValidator;

/**
 * Whether a text is an e-mail address the networks' mail can be delivered to, checked by Apache
 * Commons Validator ({@link EmailValidator}: the syntax of RFC 5321/5322, a domain of valid labels
 * and a top-level domain from the IANA list; no local host names such as {@code a@b} or
 * {@code eva@localhost}).
 * <p>
 * Besides that, an address is at most 254 characters long (RFC 5321 path limit) and consists of
 * printable ASCII characters without blanks. Mail goes out through an ordinary SMTP server without
 * SMTPUTF8, and the distribution list goes into spreadsheets and mail programs; an address with an
 * umlaut would be stored but could not be delivered. A domain with umlauts (IDN) is therefore
 * entered in its ASCII form ({@code info@xn--mnchen-3ya.de} for münchen.de), which every mail system
 * delivers to; the Unicode form {@code info@münchen.de} is refused, so is an umlaut in the local part.
 * <p>
 * The text is checked as given: callers strip surrounding blanks first.
 */
public final class EmailAddress {

    /** RFC 5321: a forward path is at most 256 characters including the angle brackets. */
    public static final int MAX_LENGTH = 254;

    /** No local host names, top-level domains from the IANA list. */
    private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, true);

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && address.chars().allMatch(c -> c > 0x20 && c < 0x7f)
                && VALIDATOR.isValid(address);
    }

    /** Whether the text contains characters outside printable ASCII, for a more helpful refusal. */
    public static boolean hasNonAsciiCharacters(String address) {
        return address != null && address.chars().anyMatch(c -> c > 0x7e);
    }
}
