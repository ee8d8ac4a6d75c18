package vn.unioncare.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.organisation.ParentLinkView;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.UnionCareUser;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The union hierarchy from the units the user works at downwards (administrators: from the city federation),
 * children loaded lazily, with each unit's parent history. Administrators can move a unit under a new parent.
 */
@Route("organisation")
@Menu(order = 20, title = "nav.organisation", icon = "vaadin:sitemap")
@RolesAllowed({"ADMIN", "OFFICER"})
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient OrganisationService organisation;
    private final TreeGrid<OrgUnitView> tree = new TreeGrid<>();
    private final Grid<ParentLinkView> history = new Grid<>();
    private final Button move = new Button();

    OrganisationView(OrganisationService organisation, CurrentUser currentUser) {
        this.organisation = organisation;
        UnionCareUser user = currentUser.require();
        setSizeFull();
        List<OrgUnitView> roots = user.isAdmin() ? organisation.roots()
                : organisation.findAllById(user.assignments().stream().map(RoleAssignmentView::orgUnitId).distinct().toList());
        configureTree(roots);
        tree.expand(roots);
        configureHistory();
        move.setText(getTranslation("organisation.move"));
        move.setId("move-unit");
        move.setEnabled(false);
        move.setVisible(user.isAdmin());
        move.addClickListener(e -> tree.asSingleSelect().getOptionalValue().ifPresent(unit ->
                new ReparentDialog(organisation, unit, () -> {
                    tree.getDataProvider().refreshAll();
                    showHistory(unit);
                }).open()));
        VerticalLayout details = new VerticalLayout(new H3(getTranslation("organisation.history")), history, move);
        SplitLayout split = new SplitLayout(tree, details);
        split.setSizeFull();
        split.setSplitterPosition(60);
        add(new H2(getTranslation("nav.organisation")), split);
        expand(split);
    }

    private void configureTree(List<OrgUnitView> roots) {
        tree.setId("organisation-tree");
        tree.addHierarchyColumn(u -> u.name(getLocale())).setHeader(getTranslation("organisation.name")).setAutoWidth(true)
                .setFlexGrow(3).setResizable(true);
        tree.addColumn(OrgUnitView::code).setHeader(getTranslation("organisation.code"));
        tree.addColumn(u -> getTranslation("orgLevel." + u.level().name())).setHeader(getTranslation("organisation.level"));
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<OrgUnitView, Void>() {
            @Override
            protected Stream<OrgUnitView> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnitView, Void> query) {
                if (query.getParent() == null) {
                    return roots.stream().skip(query.getOffset()).limit(query.getLimit());
                }
                return organisation.children(query.getParent().id(),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("code"))).stream();
            }

            @Override
            public int getChildCount(HierarchicalQuery<OrgUnitView, Void> query) {
                return query.getParent() == null ? roots.size() : (int) organisation.countChildren(query.getParent().id());
            }

            @Override
            public boolean hasChildren(OrgUnitView unit) {
                return unit.level() != OrgLevel.UNION_GROUP && organisation.countChildren(unit.id()) > 0;
            }

            @Override
            public Object getId(OrgUnitView unit) {
                return unit.id();
            }
        });
        tree.asSingleSelect().addValueChangeListener(e -> {
            move.setEnabled(e.getValue() != null && e.getValue().parentId() != null);
            if (e.getValue() != null) {
                showHistory(e.getValue());
            }
        });
    }

    private void configureHistory() {
        history.setId("parent-history");
        history.addColumn(l -> organisation.findById(l.parentId()).map(u -> u.name(getLocale())).orElse(l.parentCode()))
                .setHeader(getTranslation("organisation.parent")).setFlexGrow(3);
        history.addColumn(l -> DATE.format(l.validFrom())).setHeader(getTranslation("organisation.validFrom"));
        history.addColumn(l -> l.validTo() == null ? getTranslation("organisation.current") : DATE.format(l.validTo()))
                .setHeader(getTranslation("organisation.validTo"));
        history.addColumn(l -> l.reason() == null ? "" : l.reason()).setHeader(getTranslation("organisation.reason"));
        history.setAllRowsVisible(true);
    }

    private void showHistory(OrgUnitView unit) {
        history.setItems(organisation.parentHistory(unit.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisation") + " | " + getTranslation("app.name");
    }
}
