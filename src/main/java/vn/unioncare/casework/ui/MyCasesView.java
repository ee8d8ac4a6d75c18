package vn.unioncare.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.casework.CaseFilter;
import vn.unioncare.casework.CaseList;

/** A member's own requests, newest first, with their status and what each is waiting for. */
@Route("my-cases")
@Menu(order = 4.5, title = "nav.myCases", icon = "vaadin:folder")
@RolesAllowed("MEMBER")
class MyCasesView extends VerticalLayout implements HasDynamicTitle {

    MyCasesView(CaseList cases) {
        setSizeFull();
        Anchor newRequest = new Anchor("start", getTranslation("casefile.list.newRequest"));
        newRequest.setId("my-cases-new");
        CaseGrid grid = new CaseGrid(cases, CaseFilter::mine, false);
        grid.setId("my-cases-grid");
        add(new H2(getTranslation("nav.myCases")), newRequest, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myCases") + " | " + getTranslation("app.name");
    }
}
