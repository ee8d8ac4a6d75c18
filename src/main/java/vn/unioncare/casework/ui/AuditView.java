package vn.unioncare.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.casework.AuditEvent;
import vn.unioncare.casework.AuditFilter;
import vn.unioncare.casework.AuditTrail;
import vn.unioncare.casework.AuditType;

import java.util.stream.Collectors;

/** The audit log for administrators: newest first, paged lazily, by kind, actor and case number. */
@Route("audit")
@Menu(order = 95, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final Select<AuditType> type = new Select<>();
    private final TextField actor = new TextField();
    private final TextField caseNumber = new TextField();
    private final Grid<AuditEvent> grid = new Grid<>();

    AuditView(AuditTrail audit) {
        setSizeFull();
        type.setId("audit-type");
        type.setLabel(getTranslation("audit.type"));
        type.setItems(AuditType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("audit.allTypes"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("audit.allTypes") : typeName(t));
        filterField(actor, "audit-actor", "audit.actor");
        filterField(caseNumber, "audit-case", "audit.caseNumber");
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("audit-grid");
        grid.addColumn(e -> CaseTexts.time(e.occurredAt())).setHeader(getTranslation("audit.time")).setKey("time");
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setKey("actor");
        grid.addColumn(e -> typeName(e.type())).setHeader(getTranslation("audit.type")).setKey("type");
        grid.addColumn(AuditEvent::caseNumber).setHeader(getTranslation("audit.caseNumber")).setKey("caseNumber");
        grid.addColumn(AuditEvent::target).setHeader(getTranslation("audit.target")).setKey("target");
        grid.addColumn(e -> e.details().entrySet().stream().map(d -> d.getKey() + "=" + d.getValue())
                .collect(Collectors.joining("; "))).setHeader(getTranslation("audit.details")).setKey("details");
        grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> audit.find(filter(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
        FlexLayout filters = new FlexLayout(type, actor, caseNumber);
        filters.addClassName("uc-filters");
        add(new H2(getTranslation("nav.audit")), filters, grid);
        expand(grid);
    }

    private void filterField(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setMaxLength(100);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private AuditFilter filter() {
        return new AuditFilter(type.getValue(), actor.getValue(), caseNumber.getValue());
    }

    private String typeName(AuditType auditType) {
        return getTranslation("audit.type." + auditType.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " | " + getTranslation("app.name");
    }
}
