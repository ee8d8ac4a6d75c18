package vn.unioncare.bench;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a UI's server-side state lives: Vaadin's state nodes (one per element, shadow root, virtual child, tooltip,
 * renderer container…; each carries its maps of properties, attributes and listeners), counted for each part of the
 * route's layouts and view. Call with the UI's session locked.
 */
final class StateNodeCensus {

    private StateNodeCensus() {
    }

    /** State nodes in all, then per child of each layout and of the view (a layout's view counted as the view). */
    static Map<String, Integer> of(UI ui) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("the whole UI", count(ui.getElement().getNode()));
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        for (HasElement target : chain) {
            String owner = target.getClass().getSimpleName().replaceAll("\\$.*", "");
            target.getElement().getChildren()
                    .filter(child -> chain.stream().noneMatch(t -> t.getElement().equals(child)))
                    .forEach(child -> parts.merge(owner + " > " + label(child), count(child.getNode()), Integer::sum));
        }
        return parts;
    }

    private static String label(Element element) {
        String name = element.getComponent().map(c -> c.getClass().getSimpleName()).orElse(element.getTag());
        return element.getAttribute("id") != null ? name + "#" + element.getAttribute("id") : name;
    }

    private static int count(StateNode root) {
        AtomicInteger nodes = new AtomicInteger();
        root.visitNodeTree(node -> nodes.incrementAndGet());
        return nodes.get();
    }
}
