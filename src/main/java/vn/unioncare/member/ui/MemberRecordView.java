package vn.unioncare.member.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.member.MemberRecord;
import vn.unioncare.member.MemberService;
import vn.unioncare.organisation.OrganisationService;

import java.util.Optional;

/**
 * One member's own record, the only page that shows the full national ID. The service answers "not found" for a
 * member outside the caller's scope, so a guessed URL reveals nothing.
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
        Optional<MemberRecord> record = event.getRouteParameters().getLong("memberId").flatMap(members::findRecord);
        record.ifPresentOrElse(this::show, () -> add(new H2(getTranslation("error.notFoundOrNoAccess"))));
    }

    void show(MemberRecord m) {
        add(new H2(m.fullName()));
        FormLayout details = new FormLayout();
        details.setId("member-record");
        field(details, "member.cardNumber", m.cardNumber());
        field(details, "member.dateOfBirth", m.dateOfBirth() == null ? "" : MembersView.VIETNAMESE_DATE.format(m.dateOfBirth()));
        field(details, "member.gender", getTranslation("gender." + m.gender().name()));
        field(details, "member.phone", m.phone());
        field(details, "member.nationalId", m.nationalId());
        field(details, "member.union", organisation.findById(m.orgUnitId()).map(u -> u.name(getLocale())).orElse(""));
        field(details, "member.joinDate", MembersView.VIETNAMESE_DATE.format(m.joinDate()));
        field(details, "member.status", getTranslation("memberStatus." + m.status().name()));
        add(details);
    }

    private void field(FormLayout form, String labelKey, String value) {
        Span text = new Span(value == null ? "" : value);
        text.setId(labelKey.replace('.', '-'));
        form.addFormItem(text, getTranslation(labelKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.record") + " | " + getTranslation("app.name");
    }
}
