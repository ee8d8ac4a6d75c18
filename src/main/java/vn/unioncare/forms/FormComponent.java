package vn.unioncare.forms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One form-js component. Flags that may be a boolean or a FEEL expression ({@code readonly}, {@code disabled},
 * a file picker's {@code multiple}) stay as JSON and are resolved by {@link FormExpressions}. A file picker's
 * {@code accept} is the comma-separated list of file type specifiers ({@code .pdf}, {@code image/*}); see
 * {@link FileAccept}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormComponent(
        String id,
        String key,
        String path,
        String type,
        String subtype,
        String label,
        String description,
        JsonNode defaultValue,
        JsonNode readonly,
        JsonNode disabled,
        List<Option> values,
        String valuesKey,
        Validation validate,
        Conditional conditional,
        Layout layout,
        Appearance appearance,
        List<FormComponent> components,
        Map<String, String> properties,
        Boolean searchable,
        String text,
        String content,
        String source,
        String alt,
        String action,
        Integer decimalDigits,
        String increment,
        String dateLabel,
        String timeLabel,
        Boolean use24h,
        Integer height,
        Boolean isRepeating,
        Integer defaultRepetitions,
        Boolean allowAddRemove,
        String accept,
        JsonNode multiple) {

    public FormComponent {
        values = values == null ? List.of() : List.copyOf(values);
        components = components == null ? List.of() : List.copyOf(components);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Option(String label, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validation(Boolean required, Integer minLength, Integer maxLength, java.math.BigDecimal min,
                             java.math.BigDecimal max, String pattern, String validationType) {

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conditional(String hide) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Layout(String row, Integer columns) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appearance(String prefixAdornment, String suffixAdornment) {
    }

    public ComponentType componentType() {
        return ComponentType.of(type).orElse(null);
    }

    /** The label in the user's language: Modeler custom property {@code label.en} for English, else as designed. */
    public String label(Locale locale) {
        return localised("label", label, locale);
    }

    public String description(Locale locale) {
        return localised("description", description, locale);
    }

    private String localised(String property, String designed, Locale locale) {
        if (locale != null && !"vi".equals(locale.getLanguage())) {
            String translated = properties.get(property + "." + locale.getLanguage());
            if (translated != null && !translated.isBlank()) {
                return translated;
            }
        }
        return designed;
    }

    public boolean isRequired() {
        return validate != null && validate.isRequired();
    }
}
