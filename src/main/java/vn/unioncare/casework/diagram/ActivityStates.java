package vn.unioncare.casework.diagram;

import java.util.HashSet;
import java.util.Set;

/**
 * The state of a case's steps by BPMN activity id: where it waits now, what it has done, and where the engine hit an
 * incident. A step may be in several sets (a loop revisits a completed task); the diagram shows the most urgent.
 */
public record ActivityStates(Set<String> active, Set<String> completed, Set<String> incidents) {

    public ActivityStates {
        active = Set.copyOf(active);
        completed = Set.copyOf(completed);
        incidents = Set.copyOf(incidents);
    }

    public static ActivityStates none() {
        return new ActivityStates(Set.of(), Set.of(), Set.of());
    }

    /** The most urgent state of the activity with this id: incident, then active, then completed. */
    Highlight of(String activityId) {
        if (incidents.contains(activityId)) {
            return Highlight.INCIDENT;
        }
        if (active.contains(activityId)) {
            return Highlight.ACTIVE;
        }
        return completed.contains(activityId) ? Highlight.COMPLETED : Highlight.NONE;
    }

    /** Every activity id with a state. */
    Set<String> ids() {
        Set<String> all = new HashSet<>(active);
        all.addAll(completed);
        all.addAll(incidents);
        return all;
    }
}
