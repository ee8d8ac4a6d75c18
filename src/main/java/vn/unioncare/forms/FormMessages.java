package vn.unioncare.forms;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Turns field errors and form problems into sentences in the user's language, from the shared message bundles. */
@Component
public class FormMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    public FormMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(FieldError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), supported(locale));
    }

    /** English for English speakers, Vietnamese for everyone else. */
    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    public Map<String, String> messages(Map<String, FieldError> errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach((field, error) -> byField.put(field, message(error, locale)));
        return byField;
    }

    public String message(FormSchemaException problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments(), problem.getMessage(), supported(locale));
    }

    /** For designers, whose tools do not tell us their language: Vietnamese, then English. */
    public String bilingual(FormSchemaException problem) {
        return message(problem, VIETNAMESE) + " / " + message(problem, Locale.ENGLISH);
    }
}
