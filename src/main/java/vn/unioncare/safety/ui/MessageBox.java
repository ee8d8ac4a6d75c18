package vn.unioncare.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import vn.unioncare.common.RefusedException;
import vn.unioncare.safety.ReporterConversation;

import java.util.function.Consumer;

/** A box to write one message of the conversation; the service's refusal shows at the box. */
class MessageBox extends Div {

    private final TextArea text;

    MessageBox(String id, String labelKey, String sendKey, Consumer<String> send) {
        text = new TextArea(getTranslation(labelKey));
        text.setId(id + "-text");
        text.setWidthFull();
        text.setMaxLength(ReporterConversation.MAX_MESSAGE_LENGTH);
        Button button = new Button(getTranslation(sendKey), e -> {
            try {
                send.accept(text.getValue());
                text.clear();
                text.setInvalid(false);
            } catch (RefusedException refused) {
                text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments().toArray()));
                text.setInvalid(true);
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, button);
    }
}
