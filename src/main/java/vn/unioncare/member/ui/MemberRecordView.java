package vn.unioncare.member.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.member.MemberRecord;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.PersonalDataPurpose;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;

/**
 * One member's record by URL. The service answers "not found" for a member outside the caller's scope, so a guessed
 * URL reveals nothing.
 */
@Route("members/:memberId")
@RolesAllowed({"ADMIN", "OFFICER", "MEMBER"})
class MemberRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MemberService members;
    private final transient OrganisationService organisation;
    private final transient CurrentUser currentUser;

    MemberRecordView(MemberService members, OrganisationService organisation, CurrentUser currentUser) {
        this.members = members;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().getLong("memberId")
                .flatMap(id -> members.viewRecord(id, PersonalDataPurpose.MEMBER_RECORD)).ifPresentOrElse(
                this::show, () -> add(MemberRecordPanel.notFound()));
    }

    /** Officers also get the member's cases across all processes (a page of the casework feature, by route). */
    private void show(MemberRecord record) {
        add(new MemberRecordPanel(record, organisation));
        if (currentUser.get().map(u -> u.isOfficer() || u.isAdmin()).orElse(false)) {
            Anchor cases = new Anchor("cases?member=" + record.id(), getTranslation("casefile.memberCases"));
            cases.setId("member-cases");
            add(cases);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.record") + " | " + getTranslation("app.name");
    }
}
