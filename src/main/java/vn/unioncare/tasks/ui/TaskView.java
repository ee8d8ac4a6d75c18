package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.common.RefusedException;
import vn.unioncare.forms.ComponentType;
import vn.unioncare.forms.FormRenderer;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.forms.FormSchemaException;
import vn.unioncare.forms.RenderedForm;
import vn.unioncare.tasks.Completion;
import vn.unioncare.tasks.PriorityBand;
import vn.unioncare.tasks.TaskActions;
import vn.unioncare.tasks.TaskFormView;
import vn.unioncare.tasks.TaskForms;
import vn.unioncare.tasks.TaskQueues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working one task: where it stands, handing it on or planning it, and its form. A task of another union, or one
 * that does not exist, shows the same "not found or no access"; the services decide, not this view.
 */
@Route("tasks/:taskId")
@RolesAllowed({"OFFICER", "ADMIN", "MEMBER"})
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TaskForms taskForms;
    private final transient TaskQueues queues;
    private final transient TaskActions actions;
    private final transient FormRenderer forms;
    private final transient Clock clock;
    private final TaskCells cells;
    private String taskId = "";
    private String title = "";

    private final transient CurrentUser currentUser;

    TaskView(TaskForms taskForms, TaskQueues queues, TaskActions actions, FormRenderer forms, Clock clock,
             CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.taskForms = taskForms;
        this.queues = queues;
        this.actions = actions;
        this.forms = forms;
        this.clock = clock;
        this.cells = new TaskCells(this::getTranslation, clock);
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        render();
    }

    private void render() {
        removeAll();
        try {
            taskForms.open(taskId).ifPresentOrElse(this::show, this::notFound);
        } catch (FormSchemaException e) {
            add(new H2(forms.message(e, getLocale())));
        }
    }

    private void notFound() {
        H2 message = new H2(getTranslation("error.notFoundOrNoAccess"));
        message.setId("task-not-found");
        add(message);
    }

    private void show(TaskFormView task) {
        title = task.taskName();
        RenderedForm form = forms.render(task.form(), task.variables(), getLocale());
        form.onSubmit(values -> complete(task, values));
        add(new H2(task.taskName()), facts(task));
        if (officer()) {
            add(toolbar(task));
        }
        add(form);
        if (task.form().allComponents().stream().noneMatch(c -> c.componentType() == ComponentType.BUTTON)) {
            Button complete = new Button(getTranslation(task.delegated() ? "tasks.resolve" : "tasks.complete"),
                    e -> form.submit());
            complete.setId("complete-task");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(complete);
        }
    }

    private Component facts(TaskFormView task) {
        FlexLayout facts = new FlexLayout();
        facts.setId("task-facts");
        facts.addClassName("uc-facts");
        if (task.caseNumber() != null) {
            Anchor link = new Anchor("cases/" + task.caseNumber(), task.caseNumber());
            link.setId("task-case");
            facts.add(fact("tasks.caseNumber", link));
        }
        facts.add(fact("supervision.with", new Span(task.assignee() == null
                ? getTranslation("supervision.unassigned") : task.assignee())));
        if (task.owner() != null && !task.owner().equals(task.assignee())) {
            facts.add(fact("tasks.onBehalfOf", new Span(task.owner())));
        }
        facts.add(fact("tasks.due", new Span(cells.date(task.due()))));
        if (task.followUp() != null) {
            facts.add(fact("tasks.followUp", new Span(cells.date(task.followUp()))));
        }
        facts.add(fact("tasks.priority", new Span(getTranslation("tasks.priority." + task.priority()))));
        return facts;
    }

    private Component fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("uc-fact-label");
        Span fact = new Span(label, value);
        fact.addClassName("uc-fact");
        return fact;
    }

    private Component toolbar(TaskFormView task) {
        FlexLayout bar = new FlexLayout();
        bar.setId("task-actions");
        bar.addClassName("uc-actions");
        if (task.assignee() == null) {
            bar.add(button("claim", "tasks.claim", () -> queues.claim(task.taskId()), "tasks.claimed"));
        } else if (!task.delegated()) {
            bar.add(button("unclaim", "tasks.unclaim", () -> queues.unclaim(task.taskId()), "tasks.unclaimed"));
        }
        if (!task.delegated()) {
            bar.add(new Button(getTranslation("tasks.delegate"), e -> new ColleagueDialog(getTranslation("tasks.delegate"),
                    actions.delegationCandidates(task.taskId()), colleague -> perform(
                            () -> actions.delegate(task.taskId(), colleague), "tasks.delegated")).open()));
            bar.add(new Button(getTranslation("tasks.reassign"), e -> new ColleagueDialog(getTranslation("tasks.reassign"),
                    actions.reassignmentCandidates(task.taskId()), colleague -> perform(
                            () -> actions.reassign(task.taskId(), colleague), "tasks.reassigned")).open()));
        }
        bar.add(new Button(getTranslation("tasks.plan"), e -> new PlanDialog(task.due(), task.followUp(),
                LocalDate.now(clock), (due, followUp) -> perform(() -> actions.plan(task.taskId(), due, followUp),
                "tasks.planned")).open()));
        bar.add(prioritySelect(task));
        bar.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL));
        return bar;
    }

    private Select<PriorityBand> prioritySelect(TaskFormView task) {
        Select<PriorityBand> priority = new Select<>();
        priority.setId("task-priority");
        priority.setAriaLabel(getTranslation("tasks.priority"));
        priority.setItems(PriorityBand.values());
        priority.setItemLabelGenerator(p -> getTranslation("tasks.priority." + p));
        priority.setValue(task.priority());
        priority.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                perform(() -> actions.prioritise(task.taskId(), e.getValue()), "tasks.prioritised");
            }
        });
        return priority;
    }

    private Button button(String id, String labelKey, Runnable action, String doneKey) {
        Button button = new Button(getTranslation(labelKey), e -> perform(action, doneKey));
        button.setId(id + "-task");
        return button;
    }

    private void perform(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException e) {
            Notification.show(getTranslation(e.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    private void complete(TaskFormView task, Map<String, Object> values) {
        Completion completion = taskForms.complete(task.taskId(), values);
        removeAll();
        H2 done = new H2(completion == Completion.RETURNED_TO_OWNER
                ? getTranslation("tasks.returnedToOwner", task.owner()) : getTranslation("tasks.completed", task.taskName()));
        done.setId("task-completed");
        add(done, backLink(task));
    }

    private boolean officer() {
        return currentUser.get().map(u -> u.isOfficer() || u.isAdmin()).orElse(false);
    }

    /** Officers go back to their queue; a member, who has none, back to the case the task was part of. */
    private Anchor backLink(TaskFormView task) {
        Anchor back;
        if (officer()) {
            back = new Anchor("tasks", getTranslation("tasks.backToQueue"));
        } else if (task.caseNumber() != null) {
            back = new Anchor("cases/" + task.caseNumber(), getTranslation("tasks.backToCase", task.caseNumber()));
        } else {
            back = new Anchor("my-cases", getTranslation("nav.myCases"));
        }
        back.setId("task-back");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
