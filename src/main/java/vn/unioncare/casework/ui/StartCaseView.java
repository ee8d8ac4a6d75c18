package vn.unioncare.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.CaseworkException;
import vn.unioncare.casework.StartableProcess;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.forms.ComponentType;
import vn.unioncare.forms.FormRenderer;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.FormSchemaException;
import vn.unioncare.forms.RenderedForm;

import java.util.Map;
import java.util.Optional;

/**
 * Submitting a request: the start form of a process exactly as designed in Camunda Modeler. The form validates on
 * the server as the user goes; the service validates once more and starts the process with its case file.
 */
@Route("start/:processKey?")
@Menu(order = 4, title = "nav.newCase", icon = "vaadin:plus-circle")
@RolesAllowed({"MEMBER", "OFFICER", "ADMIN"})
class StartCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CaseStarter starter;
    private final transient FormRenderer forms;

    StartCaseView(CaseStarter starter, FormRenderer forms) {
        this.starter = starter;
        this.forms = forms;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> processKey = event.getRouteParameters().get("processKey");
        if (processKey.isEmpty()) {
            showChoices();
            return;
        }
        try {
            showForm(processKey.get());
        } catch (CaseworkException e) {
            add(new H2(getTranslation(e.messageKey())));
        } catch (FormSchemaException e) {
            add(new H2(getTranslation("cases.start.title")), new Paragraph(forms.message(e, getLocale())));
        }
    }

    private void showChoices() {
        add(new H2(getTranslation("cases.start.choose")));
        for (StartableProcess process : starter.startableProcesses()) {
            Button choice = new Button(process.name(), e -> getUI().ifPresent(ui -> ui.navigate(StartCaseView.class,
                    new RouteParameters("processKey", process.key()))));
            choice.setId("start-" + process.key());
            add(choice);
        }
    }

    private void showForm(String processKey) {
        FormSchema schema = starter.startForm(processKey)
                .orElse(new FormSchema(processKey, "default", null, null, java.util.List.of()));
        RenderedForm form = forms.render(schema, Map.of(), getLocale());
        form.onSubmit(values -> submit(processKey, values));
        add(new H2(getTranslation("cases.start.title")), form);
        boolean designedButton = schema.allComponents().stream().anyMatch(c -> c.componentType() == ComponentType.BUTTON);
        if (!designedButton) {
            Button submit = new Button(getTranslation("cases.start.submit"), e -> form.submit());
            submit.setId("submit-request");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
    }

    private void submit(String processKey, Map<String, Object> values) {
        StartedCase started = starter.start(processKey, values);
        removeAll();
        H2 accepted = new H2(getTranslation("cases.start.accepted", started.caseNumber()));
        accepted.setId("request-accepted");
        Anchor follow = new Anchor("cases/" + started.caseNumber(), getTranslation("cases.start.follow"));
        follow.setId("request-follow");
        add(accepted, follow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.start.title") + " | " + getTranslation("app.name");
    }
}
