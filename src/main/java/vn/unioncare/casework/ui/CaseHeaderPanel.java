package vn.unioncare.casework.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import vn.unioncare.casework.CaseHeader;

/** Case number, kind, member, union, status, dates and the SLA of the open work. */
class CaseHeaderPanel extends Div {

    private final DescriptionList facts = new DescriptionList();

    CaseHeaderPanel(CaseHeader header) {
        addClassName("uc-case-header");
        H2 title = new H2(header.caseNumber() + " · " + header.processName());
        title.setId("case-title");
        facts.setId("case-facts");
        facts.addClassName("uc-case-facts");
        fact("casefile.member", header.memberName() == null ? "—" : header.memberName(), "case-member");
        fact("casefile.union", header.union() == null ? "—" : header.union().name(getLocale()), "case-union");
        fact("casefile.status", CaseTexts.stage(this, header.status(), header.stage()), "case-status");
        fact("casefile.openedAt", CaseTexts.time(header.openedAt()), "case-opened");
        if (header.closedAt() != null) {
            fact("casefile.closedAt", CaseTexts.time(header.closedAt()), "case-closed");
        }
        Span sla = new Span(header.slaDue() == null ? getTranslation("casefile.sla.none") : CaseTexts.time(header.slaDue()));
        sla.setId("case-sla");
        DescriptionList.Description slaFact = new DescriptionList.Description(sla);
        if (header.overdue()) {
            Span overdue = new Span(getTranslation("casefile.sla.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            overdue.setId("case-overdue");
            slaFact.add(overdue);
        }
        facts.add(new DescriptionList.Term(getTranslation("casefile.sla")), slaFact);
        add(title, facts);
    }

    private void fact(String labelKey, String value, String id) {
        Span text = new Span(value);
        text.setId(id);
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(text));
    }
}
