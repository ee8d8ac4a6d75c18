package vn.unioncare.safety.ui;

import vn.unioncare.casework.CaseFileSection;
import vn.unioncare.safety.AnonymousReports;
import vn.unioncare.safety.ReporterConversation;
import vn.unioncare.safety.SafetyReports;

import java.util.Optional;

/** Adds the report and, for an anonymous one, the conversation with its reporter to the page of a safety case. */
@org.springframework.stereotype.Component
class SafetyCaseSection implements CaseFileSection {

    private final SafetyReports reports;
    private final ReporterConversation conversation;

    SafetyCaseSection(SafetyReports reports, ReporterConversation conversation) {
        this.reports = reports;
        this.conversation = conversation;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(String caseNumber, String processKey) {
        if (!AnonymousReports.PROCESS_KEY.equals(processKey)) {
            return Optional.empty();
        }
        return reports.forCase(caseNumber).map(report -> new SafetyReportPanel(report, conversation));
    }
}
