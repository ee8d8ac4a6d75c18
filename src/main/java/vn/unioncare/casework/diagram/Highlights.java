package vn.unioncare.casework.diagram;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The highlight of each drawn element. A step that is not drawn itself (inside a collapsed sub-process) lends its
 * state to the nearest drawn element around it, so a case waiting inside a collapsed sub-process shows it as active.
 */
final class Highlights {

    private final Map<String, Highlight> byDrawnId = new HashMap<>();

    Highlights(BpmnModelInstance model, ActivityStates states, Set<String> drawnIds) {
        for (String id : states.ids()) {
            drawnAround(model, id, drawnIds).ifPresent(drawn ->
                    byDrawnId.merge(drawn, states.of(id), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        }
    }

    Highlight of(String drawnId) {
        return byDrawnId.getOrDefault(drawnId, Highlight.NONE);
    }

    private static Optional<String> drawnAround(BpmnModelInstance model, String id, Set<String> drawnIds) {
        for (ModelElementInstance element = model.getModelElementById(id); element != null;
             element = element.getParentElement()) {
            String elementId = element.getAttributeValue("id");
            if (elementId != null && drawnIds.contains(elementId)) {
                return Optional.of(elementId);
            }
        }
        return Optional.empty();
    }
}
