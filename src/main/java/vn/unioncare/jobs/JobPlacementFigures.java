package vn.unioncare.jobs;

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
import vn.unioncare.jobs.domain.PlacementFiguresQuery;
import vn.unioncare.jobs.domain.PlacementFiguresQuery.MonthFigures;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Job placements on the supervision dashboard and in its exports: per union directly below and per month of
 * referral, the members referred, interviewed, hired and still employed at the 90-day check-in. The dashboard has
 * checked the supervisor's access to the subtree before asking.
 */
@Component
@Order(300)
@Transactional(readOnly = true)
public class JobPlacementFigures implements SupervisionFigureSource {

    private static final List<ToLongFunction<MonthFigures>> VALUES = List.of(MonthFigures::referred,
            MonthFigures::interviewed, MonthFigures::hired, MonthFigures::stillEmployed90);

    private final PlacementFiguresQuery query;
    private final FigureFormat format;

    JobPlacementFigures(PlacementFiguresQuery query, FigureFormat format) {
        this.query = query;
        this.format = format;
    }

    @Override
    public List<FigureTable> figures(long subtreeRootUnitId, StatisticsPeriod period, Locale requestedLocale) {
        Locale locale = FigureFormat.supported(requestedLocale);
        Collator collator = Collator.getInstance(locale);
        List<MonthFigures> months = query.byUnionAndMonth(subtreeRootUnitId, period.start(), period.end()).stream()
                .sorted(Comparator.comparing((MonthFigures f) -> !f.itself())
                        .thenComparing(f -> unionName(f, locale), collator)
                        .thenComparingInt(MonthFigures::year).thenComparingInt(MonthFigures::month))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (MonthFigures f : months) {
            String name = unionName(f, locale);
            rows.add(new Row(List.of(f.itself() ? format.text("supervision.dashboard.itself", locale, name) : name,
                    "%02d/%d".formatted(f.month(), f.year())),
                    VALUES.stream().map(v -> v.applyAsLong(f)).toList()));
        }
        if (!rows.isEmpty()) {
            rows.add(new Row(List.of(format.text("supervision.dashboard.total", locale), ""),
                    VALUES.stream().map(v -> months.stream().mapToLong(v).sum()).toList()));
        }
        return List.of(new FigureTable(format.text("jobs.referral.figures.title", locale),
                List.of(format.text("supervision.dashboard.union", locale),
                        format.text("jobs.referral.figures.month", locale)),
                List.of(count("jobs.referral.figures.referred", locale),
                        count("jobs.referral.figures.interviewed", locale),
                        count("jobs.referral.figures.hired", locale),
                        count("jobs.referral.figures.stillEmployed90", locale)),
                rows));
    }

    private Column count(String key, Locale locale) {
        return new Column(format.text(key, locale), Unit.COUNT);
    }

    private static String unionName(MonthFigures figures, Locale locale) {
        return "en".equals(locale.getLanguage()) && figures.nameEn() != null ? figures.nameEn() : figures.nameVi();
    }
}
