package vn.unioncare.hardship.ui;

import vn.unioncare.casework.CaseFileSection;
import vn.unioncare.hardship.HardshipRequests;

import java.util.Optional;

/** Adds the request, the decision and the payment to the page of a hardship case. */
@org.springframework.stereotype.Component
class HardshipCaseSection implements CaseFileSection {

    static final String PROCESS_KEY = "hardship-assistance";

    private final HardshipRequests requests;

    HardshipCaseSection(HardshipRequests requests) {
        this.requests = requests;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(String caseNumber, String processKey) {
        if (!PROCESS_KEY.equals(processKey)) {
            return Optional.empty();
        }
        return requests.forCase(caseNumber).map(HardshipRequestPanel::new);
    }
}
