package vn.unioncare.member.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.member.MemberDataExport;
import vn.unioncare.member.MemberService;
import vn.unioncare.organisation.OrganisationService;

/** The member portal's "my record" page. */
@Route("my-record")
@Menu(order = 5, title = "nav.myRecord", icon = "vaadin:user-card")
@RolesAllowed("MEMBER")
class MyRecordView extends VerticalLayout implements HasDynamicTitle {

    MyRecordView(MemberService members, MemberDataExport export, OrganisationService organisation) {
        members.viewOwnRecord().ifPresentOrElse(record -> add(new MemberRecordPanel(record, organisation),
                        OwnDataDownload.link(export)),
                () -> add(MemberRecordPanel.notFound()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myRecord") + " | " + getTranslation("app.name");
    }
}
