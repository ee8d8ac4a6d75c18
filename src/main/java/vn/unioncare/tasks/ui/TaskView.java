package vn.unioncare.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.forms.ComponentType;
import vn.unioncare.forms.FormRenderer;
import vn.unioncare.forms.FormSchemaException;
import vn.unioncare.forms.RenderedForm;
import vn.unioncare.tasks.TaskFormView;
import vn.unioncare.tasks.TaskForms;

import java.util.Map;

/**
 * Working one task through its form. A task of another union, or one that does not exist, shows the same
 * "not found or no access"; the service decides, not this view.
 */
@Route("tasks/:taskId")
@RolesAllowed({"OFFICER", "ADMIN"})
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TaskForms taskForms;
    private final transient FormRenderer forms;
    private String title = "";

    TaskView(TaskForms taskForms, FormRenderer forms) {
        this.taskForms = taskForms;
        this.forms = forms;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String taskId = event.getRouteParameters().get("taskId").orElse("");
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
        add(new H2(task.taskName()), form);
        if (task.form().allComponents().stream().noneMatch(c -> c.componentType() == ComponentType.BUTTON)) {
            Button complete = new Button(getTranslation("tasks.complete"), e -> form.submit());
            complete.setId("complete-task");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(complete);
        }
    }

    private void complete(TaskFormView task, Map<String, Object> values) {
        taskForms.complete(task.taskId(), values);
        removeAll();
        H2 done = new H2(getTranslation("tasks.completed", task.taskName()));
        done.setId("task-completed");
        add(done);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
