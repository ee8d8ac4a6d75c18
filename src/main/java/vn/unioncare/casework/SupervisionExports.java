package vn.unioncare.casework;

import org.springframework.stereotype.Service;
import vn.unioncare.casework.SupervisionReport.UnionFigures;
import vn.unioncare.casework.SupervisionReport.UnionRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The supervision dashboard as a CSV file and a PDF report, built from {@link SupervisionStatistics#report} at the
 * moment of the download, so the user's scope is checked again then.
 */
@Service
public class SupervisionExports {

    /** A file to download. */
    public record Export(String fileName, String contentType, byte[] content) {
    }

    private final SupervisionStatistics statistics;
    private final FigureFormat format;
    private final FigureCsv csv;
    private final FigurePdf pdf;

    public SupervisionExports(SupervisionStatistics statistics, FigureFormat format, FigureCsv csv, FigurePdf pdf) {
        this.statistics = statistics;
        this.format = format;
        this.csv = csv;
        this.pdf = pdf;
    }

    public Export csv(long unitId, StatisticsPeriod period, Locale locale) {
        SupervisionReport report = statistics.report(unitId, period, locale);
        List<String> preamble = new ArrayList<>();
        preamble.add(title(report, locale));
        preamble.addAll(preamble(report, locale));
        return new Export(fileName(report, "csv"), "text/csv; charset=UTF-8",
                csv.write(preamble, tables(report, locale), locale));
    }

    public Export pdf(long unitId, StatisticsPeriod period, Locale locale) {
        SupervisionReport report = statistics.report(unitId, period, locale);
        return new Export(fileName(report, "pdf"), "application/pdf",
                pdf.write(title(report, locale), preamble(report, locale), tables(report, locale), locale));
    }

    /** The dashboard's figures as tables: by union, time per step, then what other features contribute. */
    public List<FigureTable> tables(SupervisionReport report, Locale locale) {
        List<FigureTable> tables = new ArrayList<>();
        tables.add(byUnion(report, locale));
        tables.add(stepTimes(report, locale));
        tables.addAll(report.contributed());
        return tables;
    }

    /** Completed steps of the period with their average time, per process. */
    public FigureTable stepTimes(SupervisionReport report, Locale locale) {
        return new FigureTable(format.text("supervision.dashboard.stepTimes", locale),
                List.of(format.text("supervision.dashboard.process", locale), format.text("supervision.dashboard.step", locale)),
                List.of(column("supervision.dashboard.completed", FigureTable.Unit.COUNT, locale),
                        column("supervision.dashboard.averageTime", FigureTable.Unit.DURATION, locale)),
                report.stepTimes().stream().map(s -> new FigureTable.Row(List.of(s.processName(), s.taskName()),
                        List.of(s.completed(), s.average().toMillis()))).toList());
    }

    private FigureTable byUnion(SupervisionReport report, Locale locale) {
        List<FigureTable.Column> columns = new ArrayList<>();
        report.processes().forEach(p -> columns.add(new FigureTable.Column(p.name(), FigureTable.Unit.COUNT)));
        columns.add(column("supervision.dashboard.openCases", FigureTable.Unit.COUNT, locale));
        columns.add(column("supervision.dashboard.openTasks", FigureTable.Unit.COUNT, locale));
        columns.add(column("supervision.dashboard.overdueTasks", FigureTable.Unit.COUNT, locale));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (UnionFigures union : report.unions()) {
            List<Long> values = new ArrayList<>();
            report.processes().forEach(p -> values.add(union.openCases(p.key())));
            values.addAll(List.of(union.openCases(), union.openTasks(), union.overdueTasks()));
            rows.add(new FigureTable.Row(List.of(unionLabel(union, locale)), values));
        }
        List<Long> totals = new ArrayList<>();
        report.processes().forEach(p -> totals.add(report.openCases(p.key())));
        totals.addAll(List.of(report.openCases(), report.openTasks(), report.overdueTasks()));
        rows.add(new FigureTable.Row(List.of(format.text("supervision.dashboard.total", locale)), totals));
        return new FigureTable(format.text("supervision.dashboard.byUnion", locale),
                List.of(format.text("supervision.dashboard.union", locale)), columns, rows);
    }

    /** A union's name; the row of cases filed at the reported union itself says so. */
    private String unionLabel(UnionFigures union, Locale locale) {
        return union.itself() ? format.text("supervision.dashboard.itself", locale, union.union().name())
                : union.union().name();
    }

    private FigureTable.Column column(String key, FigureTable.Unit unit, Locale locale) {
        return new FigureTable.Column(format.text(key, locale), unit);
    }

    private String title(SupervisionReport report, Locale locale) {
        return format.text("supervision.dashboard.reportTitle", locale, report.unit().name());
    }

    private List<String> preamble(SupervisionReport report, Locale locale) {
        return List.of(report.path().stream().map(UnionRef::name).collect(Collectors.joining(" › ")),
                format.text("supervision.dashboard.periodLine", locale, format.period(report.period(), locale)),
                format.text("supervision.dashboard.generatedAt", locale, format.dateTime(report.generatedAt())));
    }

    private static String fileName(SupervisionReport report, String extension) {
        return "supervision-" + report.unit().code() + "-" + LocalDate.ofInstant(report.generatedAt(),
                vn.unioncare.common.TimeConfiguration.HANOI) + "." + extension;
    }
}
