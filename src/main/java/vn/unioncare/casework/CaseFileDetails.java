package vn.unioncare.casework;

import java.util.List;

/** One case file as its page shows it: the header, the open tasks and everything that happened, oldest first. */
public record CaseFileDetails(CaseHeader header, List<CaseTask> openTasks, List<TimelineEntry> timeline) {
}
