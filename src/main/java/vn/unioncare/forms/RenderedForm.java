package vn.unioncare.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.unioncare.common.RefusedException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Camunda Form rendered with Vaadin's free components: the same fields, order, rows, labels, options and
 * conditions as designed in Camunda Modeler. Hide, read-only and disabled expressions are evaluated on the server
 * as the user types; on submit the values are checked by the same {@link FormValidator} the services use, and the
 * errors are shown next to their fields.
 */
public class RenderedForm extends Div {

    private static final int GRID_COLUMNS = 16;

    private final FormSchema schema;
    private final Map<String, Object> context;
    private final FormExpressions expressions;
    private final FormValidator validator;
    private final FormMessages messages;
    private final transient StagedFiles stagedFiles;
    private final transient Map<String, FieldLookup> lookups;
    private final Locale locale;
    private final FormFields fields;
    private final Scope root = new Scope("");
    private Consumer<Map<String, Object>> onSubmit = values -> { };

    /** A form whose file pickers cannot take files (previews, tests of forms without them). */
    public RenderedForm(FormSchema schema, Map<String, Object> context, FormExpressions expressions,
                        FormValidator validator, FormMessages messages, Locale locale) {
        this(schema, context, expressions, validator, messages, StagedFiles.NONE, locale);
    }

    public RenderedForm(FormSchema schema, Map<String, Object> context, FormExpressions expressions,
                        FormValidator validator, FormMessages messages, StagedFiles stagedFiles, Locale locale) {
        this(schema, context, expressions, validator, messages, stagedFiles, List.of(), locale);
    }

    public RenderedForm(FormSchema schema, Map<String, Object> context, FormExpressions expressions,
                        FormValidator validator, FormMessages messages, StagedFiles stagedFiles,
                        List<FieldLookup> lookups, Locale locale) {
        this.lookups = lookups.stream().collect(java.util.stream.Collectors.toMap(FieldLookup::name, l -> l, (a, b) -> a));
        this.stagedFiles = stagedFiles;
        this.schema = schema;
        this.context = Map.copyOf(withoutNullValues(context));
        this.expressions = expressions;
        this.validator = validator;
        this.messages = messages;
        this.locale = locale;
        this.fields = new FormFields(locale);
        addClassName("uc-form");
        setId("form-" + (schema.id() == null ? "unnamed" : schema.id()));
        build(schema.components(), root, this);
        refresh();
    }

    /**
     * Called with the submitted values when the form is submitted and valid. When the service behind it refuses the
     * values after all, its field errors are shown on the fields and any other refusal as a notification.
     */
    public void onSubmit(Consumer<Map<String, Object>> handler) {
        this.onSubmit = handler;
    }

    /** The values as entered, before validation (what a service receives). */
    public Map<String, Object> values() {
        return root.values();
    }

    /** Validates on the server and shows the errors; the values when valid. */
    public Optional<Map<String, Object>> validate() {
        root.clearErrors();
        Map<String, Object> values = values();
        FormValidation validation = validator.validate(schema, values, context);
        if (validation.isValid()) {
            return Optional.of(values);
        }
        showErrors(validation.errors());
        return Optional.empty();
    }

    /** Shows errors per field path ({@code amount}, {@code bank.account}, {@code children[1].name}). */
    public void showErrors(Map<String, FieldError> errors) {
        errors.forEach((path, error) -> {
            String message = messages.message(error, locale);
            root.find(path).ifPresentOrElse(entry -> entry.showError(message),
                    () -> Notification.show(path + ": " + message).addThemeVariants(NotificationVariant.LUMO_ERROR));
        });
    }

    public void submit() {
        validate().ifPresent(values -> {
            try {
                onSubmit.accept(values);
            } catch (FormValidationException e) {
                showErrors(e.errors());
            } catch (RefusedException e) {
                Notification.show(messages.message(FieldError.of(e.messageKey(), e.arguments().toArray()), locale))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    private void build(List<FormComponent> components, Scope scope, Component container) {
        Div row = null;
        String rowId = null;
        List<FormComponent> inRow = new ArrayList<>();
        for (FormComponent component : components) {
            String wanted = component.layout() == null ? null : component.layout().row();
            if (row == null || wanted == null || !wanted.equals(rowId)) {
                sizeColumns(inRow, row);
                row = new Div();
                row.addClassName("uc-form-row");
                ((com.vaadin.flow.component.HasComponents) container).add(row);
                rowId = wanted;
                inRow = new ArrayList<>();
            }
            inRow.add(component);
            row.add(render(component, scope));
        }
        sizeColumns(inRow, row);
    }

    /** form-js columns: the given spans, the rest of the 16 shared equally among those without one. */
    private static void sizeColumns(List<FormComponent> components, Div row) {
        if (row == null || components.isEmpty()) {
            return;
        }
        int fixed = 0;
        int open = 0;
        for (FormComponent c : components) {
            Integer columns = c.layout() == null ? null : c.layout().columns();
            if (columns != null && columns > 0) {
                fixed += Math.min(columns, GRID_COLUMNS);
            } else {
                open++;
            }
        }
        int share = open == 0 ? 0 : Math.max(1, (GRID_COLUMNS - Math.min(fixed, GRID_COLUMNS)) / open);
        List<Component> cells = row.getChildren().toList();
        for (int i = 0; i < cells.size(); i++) {
            Integer columns = components.get(i).layout() == null ? null : components.get(i).layout().columns();
            int span = columns != null && columns > 0 ? Math.min(columns, GRID_COLUMNS) : share;
            cells.get(i).getElement().getStyle().set("grid-column", "span " + span);
        }
    }

    private Component render(FormComponent component, Scope scope) {
        ComponentType type = component.componentType();
        return switch (type) {
            case TEXT -> new Html("<div class=\"uc-form-text\">" + SafeHtml.fromMarkdown(component.text()) + "</div>");
            case HTML -> new Html("<div class=\"uc-form-html\">" + SafeHtml.sanitise(component.content()) + "</div>");
            case IMAGE -> image(component);
            case SEPARATOR -> new Hr();
            case SPACER -> spacer(component);
            case BUTTON -> button(component);
            case GROUP -> group(component, scope);
            case DYNAMICLIST -> dynamicList(component, scope);
            case FILEPICKER -> filePicker(component, scope);
            default -> input(component, scope);
        };
    }

    private Component input(FormComponent component, Scope scope) {
        String name = FormSchemaReader.dataName(component);
        Object initial = context.containsKey(name) ? context.get(name) : FormFields.json(component.defaultValue());
        FieldLookup lookup = component.componentType() == ComponentType.TEXTFIELD
                ? lookups.get(component.properties().get(FieldLookup.PROPERTY)) : null;
        HasValue<?, ?> field = lookup != null ? fields.lookup(component, lookup, initial)
                : fields.create(component, FormOptions.of(component, context), initial);
        if (field instanceof HasValueChangeMode changeMode) {
            changeMode.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(e -> refresh());
        Component ui = (Component) field;
        ui.setId(fieldId(scope.prefix + name));
        scope.add(new Entry(component, ui, () -> FormFields.read(component, field), null, null));
        return ui;
    }

    /** Starts empty whatever the process holds: its value is what the user stages now. */
    private Component filePicker(FormComponent component, Scope scope) {
        String path = scope.prefix + FormSchemaReader.dataName(component);
        FileField field = new FileField(fieldId(path), component.label(locale), component.description(locale),
                component.isRequired(), FileAccept.of(component.accept()),
                expressions.isTrue(component.multiple(), context), stagedFiles);
        scope.add(new Entry(component, field, field::references, null, null));
        return field;
    }

    /** A stable element id for a field path: {@code bank.account} → {@code field-bank-account}. */
    public static String fieldId(String path) {
        return "field-" + path.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }

    private Component image(FormComponent component) {
        String source = component.source();
        if (source == null || !(source.startsWith("https://") || source.startsWith("/") || source.startsWith("data:image/"))) {
            return new Span(component.alt() == null ? "" : component.alt());
        }
        return new Image(source, component.alt() == null ? "" : component.alt());
    }

    private static Component spacer(FormComponent component) {
        Div spacer = new Div();
        spacer.setHeight((component.height() == null ? 60 : Math.min(component.height(), 400)) + "px");
        return spacer;
    }

    private Component button(FormComponent component) {
        Button button = new Button(component.label(locale) == null ? "" : component.label(locale));
        if ("reset".equals(component.action())) {
            button.addClickListener(e -> reset());
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addClickListener(e -> submit());
        }
        button.setId("button-" + (component.id() == null ? "submit" : component.id()));
        return button;
    }

    private void reset() {
        root.entries.clear();
        removeAll();
        build(schema.components(), root, this);
        refresh();
    }

    private Component group(FormComponent component, Scope scope) {
        Div box = titled(component);
        String name = FormSchemaReader.dataName(component);
        if (name == null) {
            scope.add(new Entry(component, box, null, null, null));
            build(component.components(), scope, box);
        } else {
            Scope nested = new Scope(scope.prefix + name + ".");
            scope.add(new Entry(component, box, null, nested, null));
            build(component.components(), nested, box);
        }
        return box;
    }

    private Component dynamicList(FormComponent component, Scope scope) {
        Div box = titled(component);
        Div rows = new Div();
        box.add(rows);
        List<Scope> items = new ArrayList<>();
        String listPath = scope.prefix + FormSchemaReader.dataName(component);
        Runnable addRow = () -> {
            Scope item = new Scope(listPath + "[" + items.size() + "].");
            Div rowBox = new Div();
            rowBox.addClassName("uc-form-group");
            build(component.components(), item, rowBox);
            items.add(item);
            if (!Boolean.FALSE.equals(component.allowAddRemove())) {
                Button remove = new Button(getTranslation("forms.list.remove"), e -> {
                    items.remove(item);
                    rows.remove(rowBox);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                rowBox.add(remove);
            }
            rows.add(rowBox);
            refresh();
        };
        int initial = component.defaultRepetitions() == null ? 1 : Math.max(0, Math.min(component.defaultRepetitions(), 20));
        for (int i = 0; i < initial; i++) {
            addRow.run();
        }
        if (!Boolean.FALSE.equals(component.allowAddRemove())) {
            Button add = new Button(getTranslation("forms.list.add"), e -> addRow.run());
            add.setId("add-" + FormSchemaReader.dataName(component));
            box.add(add);
        }
        scope.add(new Entry(component, box, null, null, items));
        return box;
    }

    private Div titled(FormComponent component) {
        Div box = new Div();
        box.addClassName("uc-form-group");
        if (component.label(locale) != null && !component.label(locale).isBlank()) {
            box.add(new H4(component.label(locale)));
        }
        return box;
    }

    /** Re-evaluates every hide, read-only and disabled expression against the current values. */
    private void refresh() {
        Map<String, Object> data = new HashMap<>(context);
        data.putAll(withoutNullValues(root.values()));
        root.applyConditions(data);
    }

    private static Map<String, Object> withoutNullValues(Map<String, Object> values) {
        Map<String, Object> clean = new HashMap<>();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                clean.put(k, v);
            }
        });
        return clean;
    }

    /** The fields of one level of data: the form itself, a group with a path, or one row of a dynamic list. */
    private final class Scope {
        private final String prefix;
        private final List<Entry> entries = new ArrayList<>();

        Scope(String prefix) {
            this.prefix = prefix;
        }

        void add(Entry entry) {
            entries.add(entry);
        }

        Map<String, Object> values() {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Entry entry : entries) {
                String name = FormSchemaReader.dataName(entry.component);
                if (name != null && entry.ui.isVisible()) {
                    Object value = entry.value();
                    if (value != null) {
                        values.put(name, value);
                    }
                }
            }
            return values;
        }

        void applyConditions(Map<String, Object> data) {
            for (Entry entry : entries) {
                FormComponent c = entry.component;
                boolean hidden = c.conditional() != null && expressions.isTrue(c.conditional().hide(), data);
                entry.ui.setVisible(!hidden);
                if (entry.ui instanceof HasValue<?, ?> value) {
                    value.setReadOnly(expressions.isTrue(c.readonly(), data));
                }
                if (entry.ui instanceof FileField files) {
                    files.setReadOnly(expressions.isTrue(c.readonly(), data));
                }
                if (entry.ui instanceof HasEnabled enabled && entry.reader != null) {
                    enabled.setEnabled(!expressions.isTrue(c.disabled(), data));
                }
                if (entry.nested != null) {
                    entry.nested.applyConditions(data);
                }
                if (entry.items != null) {
                    entry.items.forEach(item -> item.applyConditions(data));
                }
            }
        }

        void clearErrors() {
            for (Entry entry : entries) {
                if (entry.ui instanceof HasValidation validation) {
                    validation.setInvalid(false);
                }
                if (entry.nested != null) {
                    entry.nested.clearErrors();
                }
                if (entry.items != null) {
                    entry.items.forEach(Scope::clearErrors);
                }
            }
        }

        Optional<Entry> find(String path) {
            int dot = path.indexOf('.');
            int bracket = path.indexOf('[');
            int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
            String head = end < 0 ? path : path.substring(0, end);
            Optional<Entry> entry = entries.stream().filter(e -> head.equals(FormSchemaReader.dataName(e.component)))
                    .findFirst();
            if (end < 0 || entry.isEmpty()) {
                return entry;
            }
            if (path.charAt(end) == '.' && entry.get().nested != null) {
                return entry.get().nested.find(path.substring(end + 1));
            }
            if (path.charAt(end) == '[' && entry.get().items != null) {
                int close = path.indexOf(']', end);
                int index = Integer.parseInt(path.substring(end + 1, close));
                if (index < entry.get().items.size() && close + 2 <= path.length()) {
                    return entry.get().items.get(index).find(path.substring(close + 2));
                }
            }
            return entry;
        }
    }

    /** One rendered component with how to read its value, or its nested fields. */
    private static final class Entry {
        final FormComponent component;
        final Component ui;
        final java.util.function.Supplier<Object> reader;
        final Scope nested;
        final List<Scope> items;

        Entry(FormComponent component, Component ui, java.util.function.Supplier<Object> reader, Scope nested,
              List<Scope> items) {
            this.component = component;
            this.ui = ui;
            this.reader = reader;
            this.nested = nested;
            this.items = items;
        }

        Object value() {
            if (reader != null) {
                return reader.get();
            }
            if (nested != null) {
                return nested.values();
            }
            if (items != null) {
                return items.stream().map(Scope::values).toList();
            }
            return null;
        }

        void showError(String message) {
            if (ui instanceof HasValidation validation) {
                validation.setErrorMessage(message);
                validation.setInvalid(true);
            } else {
                Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
