package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The free-text filters of the job pages: cleared with one click, short, and applied a moment after typing. */
final class SearchFields {

    private static final int MAX_LENGTH = 100;

    private SearchFields() {
    }

    static TextField lazy(TextField field, String id, String placeholder, Runnable changed) {
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setClearButtonVisible(true);
        field.setMaxLength(MAX_LENGTH);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.run());
        return field;
    }
}
