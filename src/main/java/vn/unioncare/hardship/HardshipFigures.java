package vn.unioncare.hardship;

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
import vn.unioncare.hardship.domain.HardshipFiguresQuery;
import vn.unioncare.hardship.domain.HardshipFiguresQuery.TypeFigures;
import vn.unioncare.hardship.domain.HardshipFiguresQuery.UnionFigures;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Hardship assistance on the supervision dashboard and in its exports: per kind of support the requests received,
 * approved and rejected and the amounts approved and paid, per union directly below the requests and payments, and
 * the amounts approved and paid this month and this year.
 * The dashboard has checked the supervisor's access to the subtree before asking.
 */
@Component
@Order(100)
@Transactional(readOnly = true)
public class HardshipFigures implements SupervisionFigureSource {

    private final HardshipFiguresQuery query;
    private final FigureFormat format;

    public HardshipFigures(HardshipFiguresQuery query, FigureFormat format) {
        this.query = query;
        this.format = format;
    }

    @Override
    public List<FigureTable> figures(long subtreeRootUnitId, StatisticsPeriod period, Locale requestedLocale) {
        Locale locale = FigureFormat.supported(requestedLocale);
        return List.of(byType(subtreeRootUnitId, period, locale), byUnion(subtreeRootUnitId, period, locale),
                monthAndYear(subtreeRootUnitId, period.to(), locale));
    }

    /** The amounts approved and paid in the month and in the year of the period's last day. */
    private FigureTable monthAndYear(long root, LocalDate day, Locale locale) {
        return new FigureTable(format.text("hardship.figures.totals", locale),
                List.of(format.text("hardship.figures.when", locale)),
                List.of(column("hardship.figures.amountApproved", Unit.VND, locale),
                        column("hardship.figures.amountPaid", Unit.VND, locale)),
                List.of(amounts(format.text("hardship.figures.thisMonth", locale), root,
                                new StatisticsPeriod(day.withDayOfMonth(1), day)),
                        amounts(format.text("hardship.figures.thisYear", locale), root,
                                new StatisticsPeriod(day.withDayOfYear(1), day))));
    }

    private Row amounts(String label, long root, StatisticsPeriod period) {
        List<TypeFigures> types = query.byType(root, period.start(), period.end());
        return Row.of(label, types.stream().mapToLong(TypeFigures::amountApproved).sum(),
                types.stream().mapToLong(TypeFigures::amountPaid).sum());
    }

    private FigureTable byType(long root, StatisticsPeriod period, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (TypeFigures type : sortedByKind(query.byType(root, period.start(), period.end()))) {
            rows.add(new Row(List.of(typeName(type.supportType(), locale)), List.of(type.received(),
                    type.approvedOrPaid(), type.rejected(), type.amountApproved(), type.amountPaid())));
        }
        return new FigureTable(format.text("hardship.figures.byType", locale),
                List.of(format.text("hardship.type", locale)),
                List.of(column("hardship.figures.received", Unit.COUNT, locale),
                        column("hardship.figures.approved", Unit.COUNT, locale),
                        column("hardship.figures.rejected", Unit.COUNT, locale),
                        column("hardship.figures.amountApproved", Unit.VND, locale),
                        column("hardship.figures.amountPaid", Unit.VND, locale)),
                withTotal(rows, locale));
    }

    private FigureTable byUnion(long root, StatisticsPeriod period, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<UnionFigures> unions = query.byUnionBelow(root, period.start(), period.end()).stream()
                .sorted(Comparator.comparing((UnionFigures u) -> !u.itself())
                        .thenComparing(u -> unionName(u, locale), collator))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (UnionFigures union : unions) {
            String name = unionName(union, locale);
            rows.add(new Row(List.of(union.itself() ? format.text("supervision.dashboard.itself", locale, name) : name),
                    List.of(union.received(), union.paid(), union.amountPaid())));
        }
        return new FigureTable(format.text("hardship.figures.byUnion", locale),
                List.of(format.text("supervision.dashboard.union", locale)),
                List.of(column("hardship.figures.received", Unit.COUNT, locale),
                        column("hardship.figures.paid", Unit.COUNT, locale),
                        column("hardship.figures.amountPaid", Unit.VND, locale)),
                withTotal(rows, locale));
    }

    /** The kinds in the order of the request form, an unknown code last. */
    private static List<TypeFigures> sortedByKind(List<TypeFigures> types) {
        return types.stream().sorted(Comparator.comparing((TypeFigures t) -> SupportType.of(t.supportType())
                .map(Enum::ordinal).orElse(Integer.MAX_VALUE)).thenComparing(TypeFigures::supportType)).toList();
    }

    /** The rows and a line of column totals; no rows stay no rows, so the dashboard says there are no figures. */
    private List<Row> withTotal(List<Row> rows, Locale locale) {
        if (rows.isEmpty()) {
            return rows;
        }
        Long[] totals = new Long[rows.get(0).values().size()];
        Arrays.fill(totals, 0L);
        for (Row row : rows) {
            for (int c = 0; c < totals.length; c++) {
                totals[c] += row.values().get(c);
            }
        }
        List<Row> all = new ArrayList<>(rows);
        all.add(Row.of(format.text("supervision.dashboard.total", locale), totals));
        return all;
    }

    private String typeName(String code, Locale locale) {
        return SupportType.of(code).map(t -> format.text("hardship.type." + t.code(), locale)).orElse(code);
    }

    private static String unionName(UnionFigures union, Locale locale) {
        return "en".equals(locale.getLanguage()) && union.nameEn() != null ? union.nameEn() : union.nameVi();
    }

    private Column column(String key, Unit unit, Locale locale) {
        return new Column(format.text(key, locale), unit);
    }
}
