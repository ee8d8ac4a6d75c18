package vn.unioncare.tasks;

import java.util.List;
import java.util.Map;

/** What a bulk action did: the tasks it changed, and for each task it could not change, why (a message key). */
public record BulkOutcome(List<String> done, Map<String, String> refused) {
}
