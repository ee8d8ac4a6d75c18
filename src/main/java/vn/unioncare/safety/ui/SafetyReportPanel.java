package vn.unioncare.safety.ui;

import vn.unioncare.casework.FactLines;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import vn.unioncare.safety.ReporterConversation;
import vn.unioncare.safety.SafetyReportView;

/**
 * The report as the officers who may see the case read it; an anonymous report names no reporter and carries the
 * conversation with them, where officers ask through the reporter's tracking code without ever seeing it.
 */
class SafetyReportPanel extends Div {

    private final transient ReporterConversation conversation;
    private final String caseNumber;
    private final Div conversationArea = new Div();

    SafetyReportPanel(SafetyReportView report, ReporterConversation conversation) {
        this.conversation = conversation;
        this.caseNumber = report.caseNumber();
        setId("safety-report");
        addClassName("uc-case-section");
        add(new H3(getTranslation("safety.section.title")), facts(report));
        if (report.anonymous()) {
            conversationArea.setId("safety-conversation");
            add(conversationArea);
            showConversation();
        }
    }

    private FactLines facts(SafetyReportView report) {
        FactLines facts = new FactLines()
                .fact("safety-type", "safety.section.reportType", getTranslation("safety.reportType." + report.reportType()))
                .fact("safety-reporter", "safety.section.reporter",
                        report.anonymous() ? getTranslation("safety.section.anonymous") : report.reportedBy())
                .fact("safety-union", "safety.section.union", report.workplaceUnionName())
                .fact("safety-employer", "safety.section.employer", report.employerName())
                .fact("safety-tax-code", "safety.section.taxCode", report.employerTaxCode())
                .fact("safety-place", "safety.section.place", report.place())
                .fact("safety-occurred", "safety.section.occurredAt", SafetyTimes.dateTime(report.occurredAt()));
        if (report.isAccident()) {
            facts.fact("safety-casualties", "safety.section.casualties", getTranslation("safety.section.casualtyCounts",
                            report.deaths(), report.seriouslyInjured(), report.lightlyInjured()))
                    .fact("safety-contract", "safety.section.contractType",
                            getTranslation("safety.contractType." + report.contractType()));
        }
        return facts
                .fact("safety-description", "safety.section.description", report.description())
                .fact("safety-authorities", "safety.section.authoritiesNotified",
                        getTranslation(report.authoritiesNotified() ? "safety.section.yes" : "safety.section.no"))
                .fact("safety-severity", "safety.section.severity",
                        report.severity() == null ? null : getTranslation("safety.severity." + report.severity()))
                .fact("safety-investigation-due", "safety.section.investigationDue",
                        SafetyTimes.date(report.investigationDue()))
                .fact("safety-received", "safety.section.received", SafetyTimes.dateTime(report.receivedAt()))
                .fact("safety-closed", "safety.section.closed", SafetyTimes.dateTime(report.closedAt()));
    }

    private void showConversation() {
        conversationArea.removeAll();
        conversationArea.add(new ConversationPanel(conversation.forCase(caseNumber)),
                new MessageBox("ask-reporter", "safety.section.ask", "safety.section.send",
                        text -> {
                            conversation.ask(caseNumber, text);
                            showConversation();
                        }));
    }
}
