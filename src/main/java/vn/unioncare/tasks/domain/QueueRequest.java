package vn.unioncare.tasks.domain;

import vn.unioncare.tasks.TaskFilter;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Who asks for a queue and how it is narrowed: the officer, the candidate groups they work (their own and those of
 * absent colleagues they substitute for, by colleague), the filter, and the instants that split "overdue", "due
 * today" and "later".
 */
public record QueueRequest(String username, Collection<String> ownGroups, Map<String, Collection<String>> coveredGroups,
                           TaskFilter filter, Instant now, Instant startOfTomorrow) {

    public java.util.List<String> allGroups() {
        java.util.List<String> all = new java.util.ArrayList<>(ownGroups);
        coveredGroups.values().forEach(all::addAll);
        return all.stream().distinct().toList();
    }
}
