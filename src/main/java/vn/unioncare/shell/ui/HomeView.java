package vn.unioncare.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.SystemRole;
import vn.unioncare.security.UnionCareUser;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The start page: who is signed in and in which roles and unions they work. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, OrganisationService organisation) {
        UnionCareUser user = currentUser.require();
        add(new H2(getTranslation("home.welcome", user.displayName())));
        if (user.isAdmin()) {
            add(new Paragraph(getTranslation("home.role.admin")));
        }
        if (user.systemRoles().contains(SystemRole.DESIGNER)) {
            add(new Paragraph(getTranslation("home.role.designer")));
        }
        if (user.isMember()) {
            add(new Paragraph(getTranslation("home.role.member")));
        }
        if (user.isOfficer()) {
            add(new Paragraph(getTranslation("home.role.officer")));
            Map<Long, OrgUnitView> units = organisation.findAllById(user.assignments().stream()
                    .map(RoleAssignmentView::orgUnitId).toList()).stream()
                    .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
            UnorderedList roles = new UnorderedList();
            roles.setId("my-roles");
            for (RoleAssignmentView assignment : user.assignments()) {
                roles.add(new ListItem(getTranslation("role." + assignment.role().groupPart()) + " – "
                        + units.get(assignment.orgUnitId()).name(getLocale())));
            }
            add(roles);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
