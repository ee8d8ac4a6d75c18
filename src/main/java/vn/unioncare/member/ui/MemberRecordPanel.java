package vn.unioncare.member.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.unioncare.member.MemberRecord;
import vn.unioncare.organisation.OrganisationService;

/** A member's record, the only component that shows the full national ID. */
class MemberRecordPanel extends VerticalLayout {

    MemberRecordPanel(MemberRecord m, OrganisationService organisation) {
        setPadding(false);
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

    static H2 notFound() {
        H2 message = new H2();
        message.setText(message.getTranslation("error.notFoundOrNoAccess"));
        return message;
    }

    private void field(FormLayout form, String labelKey, String value) {
        Span text = new Span(value == null ? "" : value);
        text.setId(labelKey.replace('.', '-'));
        form.addFormItem(text, getTranslation(labelKey));
    }
}
