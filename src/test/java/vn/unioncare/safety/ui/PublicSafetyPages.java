package vn.unioncare.safety.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** What the Karibu tests of the safety pages read and do on them. */
final class PublicSafetyPages {

    private PublicSafetyPages() {
    }

    static void track(String code) {
        UI.getCurrent().navigate("track");
        _setValue(_get(TextField.class, spec -> spec.withId("tracking-code-field")), code);
        _click(_get(Button.class, spec -> spec.withId("track-open")));
    }

    static String fact(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** The messages of the conversation shown, oldest first, each as "heading :: text". */
    static List<String> conversation() {
        Div panel = _get(Div.class, spec -> spec.withId("reporter-conversation"));
        return _find(panel, Div.class).stream()
                .filter(message -> message.getId().orElse("").startsWith("conversation-"))
                .map(message -> _get(message, Span.class).getText() + " :: " + _get(message, Paragraph.class).getText())
                .toList();
    }

    static void send(String boxId, String text) {
        _setValue(_get(TextArea.class, spec -> spec.withId(boxId + "-text")), text);
        _click(_get(Button.class, spec -> spec.withId(boxId)));
    }
}
