package vn.unioncare.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a supervisor sees for one union and the unions directly below it: open cases per process, open and overdue
 * tasks, the average time per step, and the tables other features contribute. Every figure of a union below counts
 * that union's whole subtree.
 *
 * @param path       from the union the supervisor is responsible for down to {@code unit}, for the way back up
 * @param processes  the processes with open cases, as columns of {@link UnionFigures#openCasesByProcess}
 * @param unions     one row per union directly below, and one for cases filed at {@code unit} itself if there are any
 */
public record SupervisionReport(UnionRef unit, List<UnionRef> path, StatisticsPeriod period, Instant generatedAt,
                                List<ProcessRef> processes, List<UnionFigures> unions, List<StepTime> stepTimes,
                                List<FigureTable> contributed) {

    /** A union, named in the reader's language. */
    public record UnionRef(long id, String code, String name) {
    }

    public record ProcessRef(String key, String name) {
    }

    /**
     * @param hasUnitsBelow whether the dashboard can go one level further down from this union
     * @param itself        the row of cases filed at the reported union itself rather than below it
     */
    public record UnionFigures(UnionRef union, boolean hasUnitsBelow, boolean itself,
                               Map<String, Long> openCasesByProcess, long openTasks, long overdueTasks) {

        public UnionFigures {
            openCasesByProcess = Map.copyOf(openCasesByProcess);
        }

        public long openCases(String processKey) {
            return openCasesByProcess.getOrDefault(processKey, 0L);
        }

        public long openCases() {
            return openCasesByProcess.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Completed tasks of one step of a process in the period, and how long they took on average. */
    public record StepTime(String processKey, String processName, String taskKey, String taskName, long completed,
                           Duration average) {
    }

    public SupervisionReport {
        path = List.copyOf(path);
        processes = List.copyOf(processes);
        unions = List.copyOf(unions);
        stepTimes = List.copyOf(stepTimes);
        contributed = List.copyOf(contributed);
    }

    public long openCases() {
        return unions.stream().mapToLong(UnionFigures::openCases).sum();
    }

    public long openCases(String processKey) {
        return unions.stream().mapToLong(u -> u.openCases(processKey)).sum();
    }

    public long openTasks() {
        return unions.stream().mapToLong(UnionFigures::openTasks).sum();
    }

    public long overdueTasks() {
        return unions.stream().mapToLong(UnionFigures::overdueTasks).sum();
    }
}
