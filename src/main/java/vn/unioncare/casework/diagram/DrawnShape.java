package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

import java.util.Optional;

/** A BPMN element with its DI shape: where it is drawn, where its label goes, and its state in the case. */
record DrawnShape(BaseElement element, BpmnShape di, Box bounds, Optional<Box> label, Highlight highlight) {

    DrawnShape highlighted(Highlight state) {
        return new DrawnShape(element, di, bounds, label, state);
    }

    String name() {
        return element.getAttributeValue("name");
    }

    /** A boolean DI or BPMN attribute as written in the file; the model API reads a missing one as false. */
    static boolean flag(org.camunda.bpm.model.xml.instance.ModelElementInstance on, String attribute,
                        boolean whenMissing) {
        String value = on.getAttributeValue(attribute);
        return value == null ? whenMissing : Boolean.parseBoolean(value.strip());
    }
}
