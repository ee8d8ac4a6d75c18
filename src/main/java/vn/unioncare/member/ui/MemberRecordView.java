package vn.unioncare.member.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.member.MemberService;
import vn.unioncare.organisation.OrganisationService;

/**
 * One member's record by URL. The service answers "not found" for a member outside the caller's scope, so a guessed
 * URL reveals nothing.
 */
@Route("members/:memberId")
@RolesAllowed({"ADMIN", "OFFICER", "MEMBER"})
class MemberRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MemberService members;
    private final transient OrganisationService organisation;

    MemberRecordView(MemberService members, OrganisationService organisation) {
        this.members = members;
        this.organisation = organisation;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().getLong("memberId").flatMap(members::findRecord).ifPresentOrElse(
                record -> add(new MemberRecordPanel(record, organisation)), () -> add(MemberRecordPanel.notFound()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.record") + " | " + getTranslation("app.name");
    }
}
