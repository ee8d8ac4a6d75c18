package vn.unioncare.casework;

import java.time.Instant;
import java.util.List;

/**
 * An open task of a case: who has it ({@code assignee}, or nobody yet) and who may take it: the candidate group ids
 * and the same groups as people read them ({@code candidateGroupNames}, e.g. "Chủ tịch – Công đoàn cơ sở …").
 */
public record CaseTask(String id, String name, String assignee, List<String> candidateGroups,
                       List<String> candidateGroupNames, Instant created, Instant due) {
}
