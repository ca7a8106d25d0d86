package de.netzwerke.governance.register;

import de.netzwerke.governance.Implements;
import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;

/**
 * The comparison key of a name (AT-3 reading: organisation names are compared case- and
 * space-insensitively, so "Caritas Schwerin", "caritas  schwerin" and "CaritasSchwerin" are one
 * organisation).
 * <p>
 * Two names have the same key when a person reading them would take them for the same name:
 * <ol>
 * <li>Unicode normalisation NFKC: full-width letters, ligatures and a decomposed "ü" become their
 * ordinary form;</li>
 * <li>full case folding: upper and lower case, and "ß"/"ẞ" = "ss";</li>
 * <li>every kind of space (blank, no-break, en, ideographic …) and every invisible character (format
 * characters such as zero-width space and joiner, soft hyphen, byte order mark, word joiner; control
 * characters; default-ignorable code points such as the Hangul filler) is removed;</li>
 * <li>the confusable skeleton of Unicode TS #39 (ICU's {@link SpoofChecker}): letters of other scripts
 * that look like Latin ones (Cyrillic "а", Greek "ο") count as those, so do look-alike sequences
 * ("rn" = "m", "1" = "l", "0" = "o");</li>
 * <li>case folding and NFC once more, because the skeleton may map to capital letters and is
 * decomposed.</li>
 * </ol>
 * A name whose key is empty has no visible content ({@link #hasVisibleContent}).
 */
@Implements({"AT-3"})
public final class NameKey {

    /** Spaces and characters that show nothing; U+2800 (Braille blank) is a symbol that renders as a space. */
    private static final UnicodeSet INVISIBLE = new UnicodeSet(
            "[[:White_Space:][:Cf:][:Cc:][:Default_Ignorable_Code_Point:][\\u2800]]").freeze();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** Immutable once built, so one instance serves every thread. */
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

    private NameKey() {
    }

    /** The key of a name; "" for {@code null} and for a name of only spaces and invisible characters. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = fold(name);
        if (folded.isEmpty()) {
            return "";
        }
        return fold(CONFUSABLES.getSkeleton(folded));
    }

    /** Whether the name shows anything at all: not only spaces, invisible or control characters. */
    public static boolean hasVisibleContent(String name) {
        return !of(name).isEmpty();
    }

    /**
     * The e-mail comparison key: NFKC and lower case, surrounding blanks ignored ("Eva@Example.org" and
     * a full-width "ｅｖａ@example.org" are one address).
     */
    public static String ofEmail(String email) {
        return email == null ? null : NFKC.normalize(email.strip()).strip().toLowerCase(Locale.ROOT);
    }

    /** NFKC, full case folding, invisible characters removed, recomposed. */
    private static String fold(String s) {
        String folded = UCharacter.foldCase(NFKC.normalize(s), UCharacter.FOLD_CASE_DEFAULT);
        StringBuilder visible = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !INVISIBLE.contains(c)).forEach(visible::appendCodePoint);
        return NFC.normalize(visible);
    }
}
