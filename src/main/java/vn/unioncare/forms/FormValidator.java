package vn.unioncare.forms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.unioncare.forms.ComponentType.ValueKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The one validator for every way a form reaches UnionCare: the Vaadin form, the JSON API and task completion.
 * It enforces what the designer wrote in the form (required, lengths, bounds, pattern, e-mail and Vietnamese phone
 * numbers, allowed options), the type of each value, drops hidden and disabled fields, and refuses unknown keys.
 * A file picker takes references to files the same user staged ({@link StagedFiles}), of the types it accepts; its
 * clean value is the list of those files' document ids, and the files to adopt are in
 * {@link FormValidation#stagedFiles()}.
 */
@Component
public class FormValidator {

    /**
     * No text field takes more than this, whatever the form says: the engine keeps a text variable in a column of
     * 4,000 characters, and a longer one would fail the whole submission in the database.
     */
    public static final int HARD_MAX_LENGTH = 4_000;
    private static final int MAX_LIST_SIZE = 500;
    /** No file picker takes more files than this, whatever the form says. */
    public static final int MAX_FILES = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s.]{2,63}");
    private static final Pattern VIETNAMESE_PHONE = Pattern.compile("(\\+84|84|0)(3|5|7|8|9)[0-9]{8}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()]");

    private final FormExpressions expressions;
    private final StagedFiles stagedFiles;
    private final List<SubmissionCheck> checks;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /** A validator for forms without file pickers: every file reference is unknown. */
    public FormValidator(FormExpressions expressions) {
        this(expressions, StagedFiles.NONE, List.of());
    }

    /** A validator with staged files and no feature's submission checks. */
    public FormValidator(FormExpressions expressions, StagedFiles stagedFiles) {
        this(expressions, stagedFiles, List.of());
    }

    @Autowired
    public FormValidator(FormExpressions expressions, StagedFiles stagedFiles, List<SubmissionCheck> checks) {
        this.expressions = expressions;
        this.stagedFiles = stagedFiles;
        this.checks = List.copyOf(checks);
    }

    /**
     * @param submitted what the user sent (JSON object as maps, lists, strings, numbers, booleans)
     * @param context   variables the form may refer to: process variables, {@code valuesKey} option lists
     */
    public FormValidation validate(FormSchema schema, Map<String, ?> submitted, Map<String, Object> context) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        Map<String, Object> data = new HashMap<>(context);
        if (submitted != null) {
            data.putAll(submitted);
        }
        List<StagedFile> staged = new ArrayList<>();
        Set<String> readOnly = new HashSet<>();
        Map<String, Object> values = validateLevel(schema.components(), submitted == null ? Map.of() : submitted, data,
                context, "", errors, staged, readOnly);
        if (errors.isEmpty()) {
            checks.stream().filter(check -> check.appliesTo(schema))
                    .forEach(check -> errors.putAll(check.check(values, context)));
        }
        return errors.isEmpty() ? new FormValidation(values, errors, staged, readOnly) : new FormValidation(Map.of(), errors);
    }

    private Map<String, Object> validateLevel(List<FormComponent> components, Map<String, ?> submitted,
                                              Map<String, Object> data, Map<String, Object> context, String prefix,
                                              Map<String, FieldError> errors, List<StagedFile> staged,
                                              Set<String> readOnly) {
        List<FormComponent> fields = new ArrayList<>();
        flattenUnnamedGroups(components, fields);
        Set<String> known = fields.stream().map(FormSchemaReader::dataName).filter(n -> n != null)
                .collect(Collectors.toSet());
        submitted.keySet().stream().filter(key -> !known.contains(key))
                .forEach(key -> errors.put(prefix + key, FieldError.of("forms.error.unknownField")));

        Map<String, Object> values = new LinkedHashMap<>();
        for (FormComponent field : fields) {
            String name = FormSchemaReader.dataName(field);
            if (name == null || isHidden(field, data)) {
                continue;
            }
            if (expressions.isTrue(field.disabled(), data)) {
                continue;
            }
            boolean readonly = expressions.isTrue(field.readonly(), data);
            if (readonly && field.componentType() == ComponentType.FILEPICKER) {
                // the process's own documents are shown, not submitted again
                continue;
            }
            if (readonly) {
                readOnly.add(prefix + name);
            }
            Object value = readonly ? context.get(name) : submitted.get(name);
            Object clean = validateField(field, value, data, context, prefix + name, errors, staged);
            if (clean != null) {
                values.put(name, clean);
            }
        }
        return values;
    }

    /** Groups without a path only arrange their fields; their fields belong to the enclosing level. */
    private static void flattenUnnamedGroups(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            if (component.componentType() == ComponentType.GROUP && FormSchemaReader.dataName(component) == null) {
                into.add(component);
                flattenUnnamedGroups(component.components(), into);
            } else {
                into.add(component);
            }
        }
    }

    private boolean isHidden(FormComponent component, Map<String, Object> data) {
        return component.conditional() != null && expressions.isTrue(component.conditional().hide(), data);
    }

    private Object validateField(FormComponent field, Object value, Map<String, Object> data, Map<String, Object> context,
                                 String path, Map<String, FieldError> errors, List<StagedFile> staged) {
        ComponentType type = field.componentType();
        if (isEmpty(value)) {
            if (field.isRequired()) {
                errors.put(path, FieldError.of("forms.error.required"));
            }
            return null;
        }
        return switch (type.valueKind()) {
            case TEXT -> validateText(field, value, context, path, errors);
            case NUMBER -> validateNumber(field, value, path, errors);
            case BOOLEAN -> validateBoolean(field, value, path, errors);
            case TEXT_LIST -> validateTextList(field, value, context, path, errors);
            case FILE_REFERENCES -> validateFiles(field, value, data, path, errors, staged);
            case CONTAINER -> validateGroup(field, value, data, context, path, errors, staged);
            case LIST_OF_OBJECTS -> validateDynamicList(field, value, data, context, path, errors, staged);
            case NONE -> null;
        };
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }

    private Object validateText(FormComponent field, Object value, Map<String, Object> context, String path,
                                Map<String, FieldError> errors) {
        if (!(value instanceof String text)) {
            errors.put(path, FieldError.of("forms.error.notText"));
            return null;
        }
        if (text.length() > HARD_MAX_LENGTH) {
            errors.put(path, FieldError.of("forms.error.maxLength", HARD_MAX_LENGTH));
            return null;
        }
        if (hasControlCharacters(text, field.componentType() == ComponentType.TEXTAREA)) {
            errors.put(path, FieldError.of("forms.error.controlCharacters"));
            return null;
        }
        ComponentType type = field.componentType();
        if (type == ComponentType.DATETIME) {
            return validateDateTime(field, text.strip(), path, errors);
        }
        if (type.hasOptions()) {
            return requireOption(field, text, context, path, errors) ? text : null;
        }
        return checkTextRules(field, text, path, errors) ? text : null;
    }

    private boolean checkTextRules(FormComponent field, String text, String path, Map<String, FieldError> errors) {
        FormComponent.Validation rules = field.validate();
        if (rules == null) {
            return true;
        }
        int length = text.codePointCount(0, text.length());
        if (rules.minLength() != null && length < rules.minLength()) {
            errors.put(path, FieldError.of("forms.error.minLength", rules.minLength()));
            return false;
        }
        if (rules.maxLength() != null && length > rules.maxLength()) {
            errors.put(path, FieldError.of("forms.error.maxLength", rules.maxLength()));
            return false;
        }
        if (rules.pattern() != null && !rules.pattern().isEmpty() && !matches(rules.pattern(), text)) {
            errors.put(path, FieldError.of("forms.error.pattern"));
            return false;
        }
        if ("email".equals(rules.validationType()) && !EMAIL.matcher(text.strip()).matches()) {
            errors.put(path, FieldError.of("forms.error.email"));
            return false;
        }
        if ("phone".equals(rules.validationType())
                && !VIETNAMESE_PHONE.matcher(PHONE_SEPARATORS.matcher(text.strip()).replaceAll("")).matches()) {
            errors.put(path, FieldError.of("forms.error.phone"));
            return false;
        }
        return true;
    }

    private boolean matches(String pattern, String text) {
        Pattern compiled = patterns.computeIfAbsent(pattern, p -> {
            try {
                return Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                return null;
            }
        });
        // a broken pattern is the designer's mistake: it must not lock members out
        return compiled == null || compiled.matcher(text).matches();
    }

    private static boolean hasControlCharacters(String text, boolean multiline) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    }

    private static Object validateDateTime(FormComponent field, String text, String path, Map<String, FieldError> errors) {
        String subtype = field.subtype() == null ? "date" : field.subtype();
        try {
            switch (subtype) {
                case "time" -> LocalTime.parse(text);
                case "datetime" -> LocalDateTime.parse(text);
                default -> LocalDate.parse(text);
            }
            return text;
        } catch (DateTimeParseException e) {
            errors.put(path, FieldError.of("forms.error.dateTime"));
            return null;
        }
    }

    private static Object validateNumber(FormComponent field, Object value, String path, Map<String, FieldError> errors) {
        if (!(value instanceof Number number) || value instanceof Double d && (d.isNaN() || d.isInfinite())
                || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            errors.put(path, FieldError.of("forms.error.notNumber"));
            return null;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        FormComponent.Validation rules = field.validate();
        if (rules != null && rules.min() != null && decimal.compareTo(rules.min()) < 0) {
            errors.put(path, FieldError.of("forms.error.min", rules.min().toPlainString()));
            return null;
        }
        if (rules != null && rules.max() != null && decimal.compareTo(rules.max()) > 0) {
            errors.put(path, FieldError.of("forms.error.max", rules.max().toPlainString()));
            return null;
        }
        Integer digits = field.decimalDigits();
        int scale = Math.max(decimal.stripTrailingZeros().scale(), 0);
        if (digits != null && scale > digits || decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            errors.put(path, FieldError.of("forms.error.decimalDigits", digits == null ? 0 : digits));
            return null;
        }
        // whole amounts (VND) stay exact as Long; fractions travel as Double
        return scale == 0 ? (Object) decimal.longValueExact() : (Object) decimal.doubleValue();
    }

    private static Object validateBoolean(FormComponent field, Object value, String path, Map<String, FieldError> errors) {
        if (!(value instanceof Boolean checked)) {
            errors.put(path, FieldError.of("forms.error.notBoolean"));
            return null;
        }
        if (field.isRequired() && !checked) {
            errors.put(path, FieldError.of("forms.error.required"));
            return null;
        }
        return checked;
    }

    private Object validateTextList(FormComponent field, Object value, Map<String, Object> context, String path,
                                    Map<String, FieldError> errors) {
        if (!(value instanceof List<?> list) || list.size() > MAX_LIST_SIZE
                || list.stream().anyMatch(item -> !(item instanceof String))) {
            errors.put(path, FieldError.of("forms.error.notList"));
            return null;
        }
        for (Object item : list) {
            if (!requireOption(field, (String) item, context, path, errors)) {
                return null;
            }
        }
        return List.copyOf(list);
    }

    private boolean requireOption(FormComponent field, String value, Map<String, Object> context, String path,
                                  Map<String, FieldError> errors) {
        if (!FormOptions.of(field, context).stream().map(FormComponent.Option::value).toList().contains(value)) {
            errors.put(path, FieldError.of("forms.error.notAnOption"));
            return false;
        }
        return true;
    }

    /**
     * References to files the signed-in user staged: one unless the field takes several, at most {@link #MAX_FILES},
     * each of a type the field accepts. Another user's reference is as unknown as an invented one.
     */
    private Object validateFiles(FormComponent field, Object value, Map<String, Object> data, String path,
                                 Map<String, FieldError> errors, List<StagedFile> staged) {
        List<?> references = value instanceof String single ? List.of(single) : value instanceof List<?> list ? list : null;
        if (references == null || references.stream().anyMatch(r -> !(r instanceof String))
                || references.stream().distinct().count() != references.size()) {
            errors.put(path, FieldError.of("forms.error.notFileList"));
            return null;
        }
        int max = expressions.isTrue(field.multiple(), data) ? MAX_FILES : 1;
        if (references.size() > max) {
            errors.put(path, FieldError.of("forms.error.tooManyFiles", max));
            return null;
        }
        FileAccept accept = FileAccept.of(field.accept());
        List<StagedFile> files = new ArrayList<>();
        for (Object reference : references) {
            Optional<StagedFile> file = stagedFiles.find((String) reference);
            if (file.isEmpty()) {
                errors.put(path, FieldError.of("forms.error.unknownFile"));
                return null;
            }
            if (!accept.accepts(file.get().filename(), file.get().mediaType())) {
                errors.put(path, FieldError.of("forms.error.fileNotAccepted", file.get().filename(), accept.toString()));
                return null;
            }
            files.add(file.get());
        }
        staged.addAll(files);
        return files.stream().map(StagedFile::documentId).toList();
    }

    private Object validateGroup(FormComponent group, Object value, Map<String, Object> data, Map<String, Object> context,
                                 String path, Map<String, FieldError> errors, List<StagedFile> staged) {
        if (!(value instanceof Map<?, ?> map) || map.keySet().stream().anyMatch(k -> !(k instanceof String))) {
            errors.put(path, FieldError.of("forms.error.notObject"));
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> fields = (Map<String, ?>) map;
        // a read-only field inside a group is part of the group's value, which is written as a whole
        return validateLevel(group.components(), fields, data, context, path + ".", errors, staged, new HashSet<>());
    }

    private Object validateDynamicList(FormComponent list, Object value, Map<String, Object> data,
                                       Map<String, Object> context, String path, Map<String, FieldError> errors,
                                       List<StagedFile> staged) {
        if (!(value instanceof List<?> rows) || rows.size() > MAX_LIST_SIZE) {
            errors.put(path, FieldError.of("forms.error.notList"));
            return null;
        }
        List<Object> clean = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            clean.add(validateGroup(list, rows.get(i), data, context, path + "[" + i + "]", errors, staged));
        }
        return clean;
    }
}
