package vn.unioncare.safety.ui;

import com.vaadin.flow.component.html.Paragraph;
import vn.unioncare.common.RefusedException;

/** A refusal the visitor must not miss: stays on the page, announced to screen readers, until the next try. */
class Refusal extends Paragraph {

    Refusal(String id) {
        this();
        setId(id);
    }

    Refusal() {
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        setVisible(false);
    }

    void show(RefusedException refused) {
        show(refused.messageKey(), refused.arguments().toArray());
    }

    void show(String messageKey, Object... arguments) {
        setText(getTranslation(messageKey, arguments));
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
