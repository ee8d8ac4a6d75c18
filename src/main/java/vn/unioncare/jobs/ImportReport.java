package vn.unioncare.jobs;

import java.util.List;

/** The outcome of a CSV import: all rows imported and no problems, or nothing imported and every problem found. */
public record ImportReport(int imported, int employersCreated, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    static ImportReport refused(List<ImportProblem> problems) {
        return new ImportReport(0, 0, problems);
    }
}
