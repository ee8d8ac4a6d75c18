package vn.unioncare.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The Vaadin input for each form-js input component, and how to read its value in the validator's terms. */
final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Locale locale;

    FormFields(Locale locale) {
        this.locale = locale;
    }

    HasValue<?, ?> create(FormComponent c, List<FormComponent.Option> options, Object initial) {
        String label = c.label(locale);
        HasValue<?, ?> field = switch (c.componentType()) {
            case TEXTFIELD -> textField(c, label, initial);
            case TEXTAREA -> textArea(c, label, initial);
            case NUMBER -> numberField(c, label, initial);
            case CHECKBOX -> new Checkbox(label == null ? "" : label, Boolean.TRUE.equals(initial));
            case CHECKLIST -> checklist(label, options, initial);
            case RADIO -> radio(label, options, initial);
            case SELECT -> select(c, label, options, initial);
            case TAGLIST -> taglist(label, options, initial);
            case DATETIME -> dateTime(c, initial);
            default -> throw new IllegalArgumentException("not an input: " + c.type());
        };
        describe(field, c);
        return field;
    }

    /** A text field whose value the user picks from choices looked up as they type, a page at a time. */
    HasValue<?, ?> lookup(FormComponent c, FieldLookup lookup, Object initial) {
        ComboBox<FormComponent.Option> field = new ComboBox<>(c.label(locale));
        field.setWidthFull();
        field.setItemLabelGenerator(option -> option.label() == null ? option.value() : option.label());
        field.setItems(query -> lookup.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        if (initial != null) {
            lookup.choice(String.valueOf(initial)).ifPresent(field::setValue);
        }
        describe(field, c);
        return field;
    }

    private void describe(HasValue<?, ?> field, FormComponent c) {
        String description = c.description(locale);
        if (description != null && !description.isBlank()
                && field instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(description);
        }
        field.setRequiredIndicatorVisible(c.isRequired());
    }

    private static TextField textField(FormComponent c, String label, Object initial) {
        TextField field = new TextField(label);
        field.setWidthFull();
        field.setValue(initial == null ? "" : String.valueOf(initial));
        if (c.validate() != null && c.validate().maxLength() != null) {
            field.setMaxLength(c.validate().maxLength());
        }
        adorn(c, field::setPrefixComponent, field::setSuffixComponent);
        return field;
    }

    private static TextArea textArea(FormComponent c, String label, Object initial) {
        TextArea field = new TextArea(label);
        field.setWidthFull();
        field.setValue(initial == null ? "" : String.valueOf(initial));
        if (c.validate() != null && c.validate().maxLength() != null) {
            field.setMaxLength(c.validate().maxLength());
        }
        return field;
    }

    private static NumberField numberField(FormComponent c, String label, Object initial) {
        NumberField field = new NumberField(label);
        field.setWidthFull();
        if (initial instanceof Number number) {
            field.setValue(number.doubleValue());
        }
        if (c.increment() != null && c.increment().matches("[0-9]+(\\.[0-9]+)?")) {
            field.setStep(Double.parseDouble(c.increment()));
            field.setStepButtonsVisible(true);
        }
        adorn(c, field::setPrefixComponent, field::setSuffixComponent);
        return field;
    }

    private static void adorn(FormComponent c, java.util.function.Consumer<com.vaadin.flow.component.Component> prefix,
                              java.util.function.Consumer<com.vaadin.flow.component.Component> suffix) {
        if (c.appearance() == null) {
            return;
        }
        if (c.appearance().prefixAdornment() != null) {
            prefix.accept(new Span(c.appearance().prefixAdornment()));
        }
        if (c.appearance().suffixAdornment() != null) {
            suffix.accept(new Span(c.appearance().suffixAdornment()));
        }
    }

    private static CheckboxGroup<String> checklist(String label, List<FormComponent.Option> options, Object initial) {
        CheckboxGroup<String> field = new CheckboxGroup<>(label);
        field.setItems(values(options));
        field.setItemLabelGenerator(labels(options));
        field.setValue(selected(initial, options));
        return field;
    }

    /** The offered option values among an initial list value, in the given order. */
    private static Set<String> selected(Object initial, List<FormComponent.Option> options) {
        if (!(initial instanceof Collection<?> chosen)) {
            return Set.of();
        }
        return chosen.stream().map(String::valueOf).filter(values(options)::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static RadioButtonGroup<String> radio(String label, List<FormComponent.Option> options, Object initial) {
        RadioButtonGroup<String> field = new RadioButtonGroup<>(label);
        field.setItems(values(options));
        field.setItemLabelGenerator(labels(options));
        if (initial != null && values(options).contains(String.valueOf(initial))) {
            field.setValue(String.valueOf(initial));
        }
        return field;
    }

    private static HasValue<?, ?> select(FormComponent c, String label, List<FormComponent.Option> options, Object initial) {
        String selected = initial != null && values(options).contains(String.valueOf(initial)) ? String.valueOf(initial) : null;
        if (Boolean.TRUE.equals(c.searchable())) {
            ComboBox<String> field = new ComboBox<>(label);
            field.setWidthFull();
            field.setItems(values(options));
            field.setItemLabelGenerator(labels(options));
            field.setValue(selected);
            return field;
        }
        Select<String> field = new Select<>();
        field.setLabel(label);
        field.setWidthFull();
        field.setItems(values(options));
        field.setItemLabelGenerator(v -> v == null ? "" : labels(options).apply(v));
        field.setEmptySelectionAllowed(!c.isRequired());
        field.setValue(selected);
        return field;
    }

    private static MultiSelectComboBox<String> taglist(String label, List<FormComponent.Option> options, Object initial) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(label);
        field.setWidthFull();
        field.setItems(values(options));
        field.setItemLabelGenerator(labels(options));
        field.setValue(selected(initial, options));
        return field;
    }

    private HasValue<?, ?> dateTime(FormComponent c, Object initial) {
        String text = initial == null ? null : String.valueOf(initial);
        String subtype = c.subtype() == null ? "date" : c.subtype();
        try {
            switch (subtype) {
                case "time" -> {
                    TimePicker field = new TimePicker(c.timeLabel() == null ? c.label(locale) : c.timeLabel());
                    field.setLocale(locale);
                    field.setValue(text == null ? null : LocalTime.parse(text));
                    return field;
                }
                case "datetime" -> {
                    DateTimePicker field = new DateTimePicker(c.dateLabel() == null ? c.label(locale) : c.dateLabel());
                    field.setLocale(locale);
                    field.setValue(text == null ? null : LocalDateTime.parse(text));
                    return field;
                }
                default -> {
                    DatePicker field = new DatePicker(c.dateLabel() == null ? c.label(locale) : c.dateLabel());
                    field.setI18n(VietnameseDates.datePickerI18n(locale));
                    field.setValue(text == null ? null : LocalDate.parse(text));
                    return field;
                }
            }
        } catch (DateTimeParseException e) {
            return dateTime(c, null);
        }
    }

    private static List<String> values(List<FormComponent.Option> options) {
        return options.stream().map(FormComponent.Option::value).toList();
    }

    private static com.vaadin.flow.component.ItemLabelGenerator<String> labels(List<FormComponent.Option> options) {
        Map<String, String> byValue = options.stream().collect(Collectors.toMap(FormComponent.Option::value,
                o -> o.label() == null ? o.value() : o.label(), (a, b) -> a));
        return value -> byValue.getOrDefault(value, value);
    }

    /** The field's value as JSON would carry it: text, whole numbers as Long, lists of option values, ISO dates. */
    static Object read(FormComponent c, HasValue<?, ?> field) {
        Object value = field.getValue();
        if (value instanceof FormComponent.Option chosen) {
            return chosen.value();
        }
        if (value instanceof Double number) {
            BigDecimal decimal = BigDecimal.valueOf(number);
            return decimal.stripTrailingZeros().scale() <= 0 && Math.abs(number) < 9e15 ? (Object) number.longValue() : number;
        }
        if (value instanceof Set<?> set) {
            List<String> order = c.values().isEmpty() ? null : c.values().stream().map(FormComponent.Option::value).toList();
            List<String> selected = set.stream().map(String::valueOf).toList();
            return order == null ? selected : selected.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList();
        }
        if (value instanceof LocalTime time) {
            return time.withSecond(0).withNano(0).toString();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value.toString();
        }
        return value;
    }

    /** A form-js default value (JSON) as a plain Java value. */
    static Object json(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return JSON.convertValue(node, Object.class);
    }
}
