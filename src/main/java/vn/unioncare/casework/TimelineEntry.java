package vn.unioncare.casework;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing that happened to a case: when, who ({@code actor} a username or {@code system}, {@code actorName}
 * their display name where known), what ({@code kind}, {@code title} such as the task or event name) and the data
 * that came with it as text. {@code taskId} is set for entries about a task.
 */
public record TimelineEntry(Instant at, String actor, String actorName, TimelineKind kind, String title,
                            Map<String, String> details, String taskId) {

    public TimelineEntry {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    TimelineEntry withDetails(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(details);
        more.forEach(merged::putIfAbsent);
        return new TimelineEntry(at, actor, actorName, kind, title, merged, taskId);
    }

    TimelineEntry withActorName(String name) {
        return new TimelineEntry(at, actor, name, kind, title, details, taskId);
    }
}
