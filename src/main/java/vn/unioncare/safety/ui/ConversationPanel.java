package vn.unioncare.safety.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.unioncare.safety.ConversationDirection;
import vn.unioncare.safety.ConversationEntry;

import java.util.List;

/**
 * The questions of the officers and the answers of the anonymous reporter, oldest first. Officers see who asked;
 * the reporter's entries carry no officer's name, so none is shown to them.
 */
class ConversationPanel extends Div {

    ConversationPanel(List<ConversationEntry> oldestFirst) {
        setId("reporter-conversation");
        add(new H3(getTranslation("safety.conversation.title")));
        if (oldestFirst.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("safety.conversation.empty"));
            none.setId("conversation-empty");
            add(none);
        }
        for (ConversationEntry entry : oldestFirst) {
            add(message(entry));
        }
    }

    private Div message(ConversationEntry entry) {
        boolean question = entry.direction() == ConversationDirection.QUESTION;
        String who = !question ? getTranslation("safety.conversation.reporter")
                : entry.officerUsername() == null ? getTranslation("safety.conversation.officers")
                : getTranslation("safety.conversation.officer",
                        entry.officerName() == null ? entry.officerUsername() : entry.officerName());
        Span heading = new Span(who + " – " + SafetyTimes.dateTime(entry.createdAt()));
        heading.addClassName("uc-fact-label");
        Paragraph text = new Paragraph(entry.text());
        text.addClassName("uc-conversation-text");
        text.getStyle().set("white-space", "pre-line").set("margin", "0");
        Div message = new Div(heading, text);
        message.setId("conversation-" + entry.id());
        message.addClassName(question ? "uc-conversation-question" : "uc-conversation-answer");
        message.getStyle().set("padding", "var(--lumo-space-s)").set("margin", "var(--lumo-space-xs) 0")
                .set("border-left", "3px solid " + (question ? "var(--lumo-primary-color)" : "var(--lumo-success-color)"));
        return message;
    }
}
