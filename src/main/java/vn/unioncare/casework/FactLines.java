package vn.unioncare.casework;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Labelled facts of a case section, one a line, each value with an id; blank values are left out. */
public class FactLines extends Div {

    public FactLines fact(String id, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("uc-fact-label");
        Span text = new Span(value);
        text.setId(id);
        text.getStyle().set("white-space", "pre-line");
        Div line = new Div(label, text);
        line.addClassName("uc-case-line");
        add(line);
        return this;
    }
}
