package vn.unioncare.shell.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** The HTML page around the application: the viewport for phones and UnionCare's style sheet. */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class UnionCareShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("UnionCare");
        settings.addLink("stylesheet", "styles/unioncare.css");
    }
}
