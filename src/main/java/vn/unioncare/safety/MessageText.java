package vn.unioncare.safety;

/**
 * The rules for a message's text: not empty, at most {@value #MAX_LENGTH} characters, plain text without control
 * characters (line breaks and tabs are fine) and without the direction overrides that make a text read otherwise than
 * it is stored.
 */
final class MessageText {

    static final int MAX_LENGTH = 4000;

    private MessageText() {
    }

    /** The text as it is stored: line breaks as {@code \n}, trimmed; refused with a message when it breaks a rule. */
    static String checked(String text) {
        String stored = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (stored.isEmpty()) {
            throw new SafetyException("safety.message.required", 422, "empty message");
        }
        if (stored.length() > MAX_LENGTH) {
            throw new SafetyException("safety.message.tooLong", 422, stored.length() + " characters", MAX_LENGTH);
        }
        if (stored.codePoints().anyMatch(MessageText::forbidden)) {
            throw new SafetyException("safety.message.controlCharacters", 422, "control characters");
        }
        return stored;
    }

    private static boolean forbidden(int codePoint) {
        boolean control = Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\t';
        boolean directionOverride = codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
        return control || directionOverride;
    }
}
