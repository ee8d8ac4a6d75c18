package vn.unioncare.casework.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.unioncare.casework.ProcessDiagrams;
import vn.unioncare.casework.ProcessDiagrams.ProcessDiagram;
import vn.unioncare.common.RefusedException;

import java.util.Optional;

/**
 * A case's process diagram with the current step highlighted, and the current step in words below it. The diagram
 * keeps its natural size and scrolls sideways on a narrow screen. Shows nothing when the process has no diagram or
 * the case is not to be seen (the page around it tells that).
 */
class ProcessDiagramPanel extends Div {

    ProcessDiagramPanel(ProcessDiagrams diagrams, String caseNumber) {
        setId("process-diagram");
        setWidthFull();
        Optional<ProcessDiagram> diagram = find(diagrams, caseNumber);
        setVisible(diagram.isPresent());
        diagram.ifPresent(this::show);
    }

    private static Optional<ProcessDiagram> find(ProcessDiagrams diagrams, String caseNumber) {
        try {
            return diagrams.forCase(caseNumber);
        } catch (RefusedException notToBeSeen) {
            return Optional.empty();
        }
    }

    private void show(ProcessDiagram diagram) {
        // Safe to inline: UnionCare generated this SVG itself and escaped every name in it.
        Div scroller = new Div(new Html("<div>" + diagram.svg() + "</div>"));
        scroller.setId("process-diagram-svg");
        scroller.setWidthFull();
        scroller.getStyle().set("overflow-x", "auto").set("box-sizing", "border-box");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("diagram.label"));
        // Focusable, so that keyboard users can scroll a wide diagram too.
        scroller.getElement().setAttribute("tabindex", "0");
        Paragraph current = new Paragraph(diagram.currentSteps().isEmpty() ? getTranslation("diagram.noCurrentStep")
                : getTranslation("diagram.currentStep", String.join(", ", diagram.currentSteps())));
        current.setId("process-diagram-current-step");
        add(scroller, current);
    }
}
