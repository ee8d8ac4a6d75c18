package vn.unioncare.safety;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.safety.domain.TrackingCodeRows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The tracking codes of anonymous reporters: 28 random symbols of Crockford's base32 (140 bits), shown once as
 * {@code 7K2M-9QXR-…} in seven groups of four, and kept only as an HMAC-SHA256 keyed with the server's pepper
 * ({@code unioncare.safety.tracking-pepper}), so that a copy of the database alone cannot be used to try codes.
 * <p>
 * Looking a code up always does the same work, whatever was typed: normalise, hash, one primary-key lookup. A wrong
 * code, a malformed one and an empty one are answered alike and in the same time.
 */
@Service
@Transactional
public class TrackingCodes {

    /** Crockford's base32: digits and letters without I, L, O and U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int SYMBOLS = 28;
    private static final int GROUP = 4;
    /** Longer input is not a code; it is hashed as the empty string so the work stays the same. */
    private static final int MAX_INPUT_LENGTH = 100;

    private final TrackingCodeRows rows;
    private final Clock clock;
    private final String pepper;
    private final SecureRandom random = new SecureRandom();

    public TrackingCodes(TrackingCodeRows rows, Clock clock,
                         @Value("${unioncare.safety.tracking-pepper:}") String pepper) {
        this.rows = rows;
        this.clock = clock;
        this.pepper = pepper;
    }

    /**
     * A new code for the reporter of this case, stored only as its hash. Show it to the reporter once; it cannot be
     * recovered. A case has one code; a second one for the same case is refused by the database.
     */
    public String issue(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new IllegalArgumentException("case number required");
        }
        StringBuilder code = new StringBuilder(SYMBOLS);
        for (int i = 0; i < SYMBOLS; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        rows.insert(hash(code.toString()), caseNumber, clock.instant());
        return grouped(code);
    }

    /** The case this code opens; empty for any code that was not issued, however it is malformed. */
    @Transactional(readOnly = true)
    public Optional<String> caseOf(String typedCode) {
        return rows.caseNumberOf(hash(normalised(typedCode)));
    }

    /** Whether the reporter of this case holds a tracking code, i.e. reported anonymously. */
    @Transactional(readOnly = true)
    public boolean issuedFor(String caseNumber) {
        return rows.issuedFor(caseNumber);
    }

    /**
     * The code as issued, from what a person typed or pasted: case, spaces and dashes do not matter, and the letters
     * Crockford's base32 leaves out stand for the symbols they are mistaken for (O for 0, I and L for 1).
     */
    static String normalised(String typed) {
        if (typed == null || typed.length() > MAX_INPUT_LENGTH) {
            return "";
        }
        StringBuilder code = new StringBuilder(SYMBOLS);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t', '\u00A0' -> { }
                case 'O' -> code.append('0');
                case 'I', 'L' -> code.append('1');
                default -> code.append(c);
            }
        }
        return code.toString();
    }

    private static String grouped(CharSequence code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i += GROUP) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(code, i, Math.min(code.length(), i + GROUP));
        }
        return shown.toString();
    }

    private String hash(String normalisedCode) {
        if (pepper.isBlank()) {
            throw new IllegalStateException("unioncare.safety.tracking-pepper is not configured");
        }
        return HexFormat.of().formatHex(KeyedHash.of(pepper.getBytes(StandardCharsets.UTF_8), normalisedCode));
    }
}
