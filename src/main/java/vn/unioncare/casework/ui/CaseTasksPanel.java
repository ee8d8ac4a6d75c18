package vn.unioncare.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.unioncare.casework.CaseTask;

import java.util.List;

/** The case's open tasks: who has each, who may take it, since when and until when; officers, and a member asked to do a task, get a link to work it. */
class CaseTasksPanel extends Div {

    CaseTasksPanel(List<CaseTask> tasks, boolean officer, String username) {
        addClassName("uc-case-section");
        setId("case-tasks");
        add(new H3(getTranslation("casefile.tasks")));
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("casefile.tasks.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("uc-case-tasks");
        for (CaseTask task : tasks) {
            ListItem item = new ListItem();
            item.setId("case-task-" + task.id());
            item.add(officer || username.equals(task.assignee()) ? taskLink(task) : new Span(task.name()));
            item.add(line(task.assignee() == null ? getTranslation("casefile.task.unassigned")
                    : getTranslation("casefile.task.assignee", task.assignee())));
            if (!task.candidateGroupNames().isEmpty()) {
                item.add(line(getTranslation("casefile.task.groups", String.join("; ", task.candidateGroupNames()))));
            }
            item.add(line(getTranslation("casefile.task.created", CaseTexts.time(task.created()))));
            if (task.due() != null) {
                item.add(line(getTranslation("casefile.task.due", CaseTexts.time(task.due()))));
            }
            list.add(item);
        }
        add(list);
    }

    private static Anchor taskLink(CaseTask task) {
        Anchor link = new Anchor("tasks/" + task.id(), task.name());
        link.setId("open-task-" + task.id());
        return link;
    }

    private static Div line(String text) {
        Div line = new Div(text);
        line.addClassName("uc-case-line");
        return line;
    }
}
