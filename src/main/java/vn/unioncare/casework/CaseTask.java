package vn.unioncare.casework;

import java.time.Instant;
import java.util.List;

/** An open task of a case: who has it ({@code assignee}, or nobody yet) and who may take it. */
public record CaseTask(String id, String name, String assignee, List<String> candidateGroups, Instant created,
                       Instant due) {
}
