package vn.unioncare.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import vn.unioncare.casework.CaseComment;
import vn.unioncare.casework.CaseComments;
import vn.unioncare.common.RefusedException;

import java.util.List;

/** The case's comments and a form to add one; the service checks access, blank text and length. */
class CommentsPanel extends Div {

    private final transient CaseComments comments;
    private final String caseNumber;
    private final transient Runnable onAdded;
    private final TextArea text = new TextArea();

    CommentsPanel(CaseComments comments, String caseNumber, List<CaseComment> existing, Runnable onAdded) {
        this.comments = comments;
        this.caseNumber = caseNumber;
        this.onAdded = onAdded;
        addClassName("uc-case-section");
        add(new H3(getTranslation("casefile.comments")));
        if (existing.isEmpty()) {
            add(new Paragraph(getTranslation("casefile.comments.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("case-comments");
            list.addClassName("uc-case-comments");
            existing.forEach(c -> list.add(new ListItem(new Div(new Span(CaseTexts.time(c.createdAt())),
                    new Span(CaseTexts.person(this, c.author(), c.authorName()))), new Paragraph(c.text()))));
            add(list);
        }
        text.setId("comment-text");
        text.setLabel(getTranslation("casefile.comment.label"));
        text.setMaxLength(CaseComments.MAX_LENGTH);
        text.setWidthFull();
        Button add = new Button(getTranslation("casefile.comment.add"), e -> submit());
        add.setId("comment-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, add);
    }

    private void submit() {
        try {
            comments.add(caseNumber, text.getValue());
            Notification.show(getTranslation("casefile.comment.added")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onAdded.run();
        } catch (RefusedException e) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation(e.messageKey(), CaseComments.MAX_LENGTH));
        }
    }
}
