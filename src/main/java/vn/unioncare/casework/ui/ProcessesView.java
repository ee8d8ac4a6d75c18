package vn.unioncare.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.casework.DeployedDefinition;
import vn.unioncare.casework.ProcessCatalogue;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** For process designers: what is deployed, and where Camunda Modeler deploys to. */
@Route("processes")
@Menu(order = 80, title = "nav.processes", icon = "vaadin:file-process")
@RolesAllowed({"ADMIN", "DESIGNER"})
class ProcessesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    ProcessesView(ProcessCatalogue catalogue) {
        setSizeFull();
        Grid<DeployedDefinition> grid = new Grid<>();
        grid.setId("definitions-grid");
        grid.addColumn(d -> getTranslation("definition." + d.kind().name())).setHeader(getTranslation("processes.kind"));
        grid.addColumn(DeployedDefinition::key).setHeader(getTranslation("processes.key")).setAutoWidth(true);
        grid.addColumn(DeployedDefinition::name).setHeader(getTranslation("processes.name")).setAutoWidth(true);
        grid.addColumn(DeployedDefinition::version).setHeader(getTranslation("processes.version"));
        grid.addColumn(DeployedDefinition::resourceName).setHeader(getTranslation("processes.resource"));
        grid.addColumn(d -> d.deployedAt() == null ? "" : TIME.format(d.deployedAt()))
                .setHeader(getTranslation("processes.deployedAt"));
        grid.setItems(catalogue.latestDefinitions());
        add(new H2(getTranslation("nav.processes")), new Paragraph(getTranslation("processes.modelerHint")), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.processes") + " | " + getTranslation("app.name");
    }
}
