package vn.unioncare.training;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Verification codes of certificates: 12 characters of Crockford's base 32 (digits and capital letters without I, L,
 * O and U, so nothing reads as something else), 60 random bits, printed in groups of four ({@code 7K2M-9QXR-4D8P}).
 * Typed codes are forgiven what people do to them: surrounding blanks, lower case, dashes and spaces, and the letters
 * O, I and L for the digits 0, 1 and 1.
 */
public final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 12;
    /** Longer input is refused before it is looked at any further. */
    private static final int MAX_INPUT = 40;
    private static final int ATTEMPTS = 10;

    private VerificationCodes() {
    }

    /** The code in its stored form (12 characters, no dashes), or empty for anything that cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_INPUT) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** The stored code in groups of four for printing: {@code 7K2M-9QXR-4D8P}. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** A new random code that {@code taken} does not know yet; a collision (one in 2^60) simply draws again. */
    static String fresh(SecureRandom random, Predicate<String> taken) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StringBuilder code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!taken.test(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free verification code after " + ATTEMPTS + " attempts");
    }
}
