package vn.unioncare.safety;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.FigureFormat;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.casework.FigureTable.Column;
import vn.unioncare.casework.FigureTable.Row;
import vn.unioncare.casework.FigureTable.Unit;
import vn.unioncare.casework.StatisticsPeriod;
import vn.unioncare.casework.SupervisionFigureSource;
import vn.unioncare.safety.domain.SafetyFiguresQuery;
import vn.unioncare.safety.domain.SafetyFiguresQuery.Casualties;
import vn.unioncare.safety.domain.SafetyFiguresQuery.SeverityCounts;
import vn.unioncare.safety.domain.SafetyFiguresQuery.TypeFigures;
import vn.unioncare.safety.domain.SafetyFiguresQuery.UnionFigures;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Workplace safety on the supervision dashboard, in its exports and in the periodic statistics report: reports by
 * type and severity with the people they name, and per union directly below the reports by severity, the dead and
 * injured and the open investigations past their legal deadline. Incidents count in the period they occurred in.
 */
@Component
@Order(200)
@Transactional(readOnly = true)
public class SafetyFigures implements SupervisionFigureSource {

    private static final List<String> REPORT_TYPES = List.of("accident", "near-miss", "hazard");
    private static final List<String> SEVERITIES = List.of("fatal", "serious-multiple", "serious", "light", "hazard");

    private final SafetyFiguresQuery query;
    private final FigureFormat format;
    private final Clock clock;

    public SafetyFigures(SafetyFiguresQuery query, FigureFormat format, Clock clock) {
        this.query = query;
        this.format = format;
        this.clock = clock;
    }

    @Override
    public List<FigureTable> figures(long subtreeRootUnitId, StatisticsPeriod period, Locale requestedLocale) {
        Locale locale = FigureFormat.supported(requestedLocale);
        return List.of(byTypeAndSeverity(subtreeRootUnitId, period, locale),
                byUnion(subtreeRootUnitId, period, locale));
    }

    /** Reports per type and severity in the order of the report form and the severity table, with a total. */
    public FigureTable byTypeAndSeverity(long root, StatisticsPeriod period, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (TypeFigures type : sorted(query.byTypeAndSeverity(root, period.start(), period.end()))) {
            Casualties people = type.casualties();
            rows.add(new Row(List.of(text("safety.figures.type." + type.reportType(), locale),
                    type.severity() == null ? text("safety.figures.unclassified", locale)
                            : text("safety.figures.severity." + type.severity(), locale)),
                    List.of(type.reports(), people.deaths(), people.seriouslyInjured(), people.lightlyInjured())));
        }
        return new FigureTable(text("safety.figures.byType", locale),
                List.of(text("safety.figures.reportType", locale), text("safety.figures.severity", locale)),
                List.of(column("safety.figures.reports", locale), column("safety.figures.deaths", locale),
                        column("safety.figures.seriouslyInjured", locale),
                        column("safety.figures.lightlyInjured", locale)),
                withTotal(rows, 2, locale));
    }

    /**
     * Per union directly below {@code root} (and {@code root} itself for its own workplaces): reports, accidents, the
     * people they name and the open investigations past their deadline today, with a total.
     */
    public FigureTable byUnion(long root, StatisticsPeriod period, Locale locale) {
        return unionTable("safety.figures.byUnion", root, period, locale, List.of(
                measure("safety.figures.reports", SeverityCounts::reports),
                measure("safety.figures.type.accident", SeverityCounts::accidents),
                measure("safety.figures.deaths", c -> c.casualties().deaths()),
                measure("safety.figures.seriouslyInjured", c -> c.casualties().seriouslyInjured()),
                measure("safety.figures.lightlyInjured", c -> c.casualties().lightlyInjured()),
                measure("safety.figures.overdueInvestigations", SeverityCounts::overdueInvestigations)));
    }

    /** Per union below, the reports of the period by severity, as the statistics report lists them. */
    public FigureTable severityByUnion(long root, StatisticsPeriod period, Locale locale) {
        List<Measure> measures = new ArrayList<>(List.of(measure("safety.figures.reports", SeverityCounts::reports)));
        measures.add(measure("safety.figures.severity.fatal", SeverityCounts::fatal));
        measures.add(measure("safety.figures.severity.serious-multiple", SeverityCounts::seriousMultiple));
        measures.add(measure("safety.figures.severity.serious", SeverityCounts::serious));
        measures.add(measure("safety.figures.severity.light", SeverityCounts::light));
        measures.add(measure("safety.figures.severity.hazard", SeverityCounts::hazards));
        return unionTable("safety.figures.severityByUnion", root, period, locale, measures);
    }

    /** Per union below, the dead and injured of the period's reports, as the statistics report lists them. */
    public FigureTable casualtiesByUnion(long root, StatisticsPeriod period, Locale locale) {
        return unionTable("safety.figures.casualtiesByUnion", root, period, locale, List.of(
                measure("safety.figures.deaths", c -> c.casualties().deaths()),
                measure("safety.figures.seriouslyInjured", c -> c.casualties().seriouslyInjured()),
                measure("safety.figures.lightlyInjured", c -> c.casualties().lightlyInjured())));
    }

    /** A column of a per-union table: its header and the figure it shows. */
    private record Measure(String headerKey, ToLongFunction<SeverityCounts> value) {
    }

    private static Measure measure(String headerKey, ToLongFunction<SeverityCounts> value) {
        return new Measure(headerKey, value);
    }

    private FigureTable unionTable(String titleKey, long root, StatisticsPeriod period, Locale locale,
                                   List<Measure> measures) {
        Collator collator = Collator.getInstance(locale);
        List<UnionFigures> unions = query.byUnionBelow(root, period.start(), period.end(), LocalDate.now(clock))
                .stream()
                .sorted(Comparator.comparing((UnionFigures u) -> !u.itself())
                        .thenComparing(u -> unionName(u, locale), collator))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (UnionFigures union : unions) {
            String name = unionName(union, locale);
            rows.add(new Row(List.of(union.itself() ? format.text("supervision.dashboard.itself", locale, name) : name),
                    measures.stream().map(m -> m.value().applyAsLong(union.counts())).toList()));
        }
        return new FigureTable(text(titleKey, locale), List.of(format.text("supervision.dashboard.union", locale)),
                measures.stream().map(m -> column(m.headerKey(), locale)).toList(), withTotal(rows, 1, locale));
    }

    private static List<TypeFigures> sorted(List<TypeFigures> types) {
        return types.stream().sorted(Comparator.comparing((TypeFigures t) -> rank(REPORT_TYPES, t.reportType()))
                .thenComparing(t -> rank(SEVERITIES, t.severity()))).toList();
    }

    private static int rank(List<String> order, String code) {
        int index = order.indexOf(code);
        return index < 0 ? order.size() : index;
    }

    /** The rows and a line of column totals; no rows stay no rows, so the dashboard says there are no figures. */
    private List<Row> withTotal(List<Row> rows, int labels, Locale locale) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> totals = IntStream.range(0, rows.get(0).values().size())
                .mapToObj(c -> rows.stream().mapToLong(r -> r.values().get(c)).sum()).toList();
        List<String> label = new ArrayList<>();
        label.add(format.text("supervision.dashboard.total", locale));
        while (label.size() < labels) {
            label.add("");
        }
        List<Row> all = new ArrayList<>(rows);
        all.add(new Row(label, totals));
        return all;
    }

    private static String unionName(UnionFigures union, Locale locale) {
        return "en".equals(locale.getLanguage()) && union.nameEn() != null ? union.nameEn() : union.nameVi();
    }

    private String text(String key, Locale locale) {
        return format.text(key, locale);
    }

    private Column column(String key, Locale locale) {
        return new Column(format.text(key, locale), Unit.COUNT);
    }
}
