package vn.unioncare.training;

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
import vn.unioncare.training.domain.TrainingFiguresQuery;
import vn.unioncare.training.domain.TrainingFiguresQuery.Counts;
import vn.unioncare.training.domain.TrainingFiguresQuery.TopicCounts;
import vn.unioncare.training.domain.TrainingFiguresQuery.UnionCounts;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Digital-skills training on the supervision dashboard and in its exports: members enrolled (given a place),
 * attending at least one session and certified, per union directly below and per course topic, for the enrollments
 * requested in the period; counted in SQL over the subtree the dashboard already checked.
 */
@Component
@Order(300)
@Transactional(readOnly = true)
public class TrainingFigures implements SupervisionFigureSource {

    private final TrainingFiguresQuery query;
    private final FigureFormat format;

    public TrainingFigures(TrainingFiguresQuery query, FigureFormat format) {
        this.query = query;
        this.format = format;
    }

    @Override
    public List<FigureTable> figures(long subtreeRootUnitId, StatisticsPeriod period, Locale requestedLocale) {
        Locale locale = FigureFormat.supported(requestedLocale);
        return List.of(byUnion(subtreeRootUnitId, period, locale), byTopic(subtreeRootUnitId, period, locale));
    }

    private FigureTable byUnion(long root, StatisticsPeriod period, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Row> rows = new ArrayList<>();
        query.byUnionBelow(root, period.start(), period.end()).stream()
                .sorted(Comparator.comparing((UnionCounts u) -> !u.itself())
                        .thenComparing(u -> name(u, locale), collator))
                .forEach(u -> rows.add(row(u.itself() ? format.text("supervision.dashboard.itself", locale,
                        name(u, locale)) : name(u, locale), u.counts())));
        return table("training.figures.byUnion", "supervision.dashboard.union", rows, locale);
    }

    private FigureTable byTopic(long root, StatisticsPeriod period, Locale locale) {
        List<Row> rows = query.byTopic(root, period.start(), period.end()).stream()
                .sorted(Comparator.comparing(t -> CourseTopic.valueOf(t.topic())))
                .map(t -> row(format.text("training.topic." + t.topic(), locale), t.counts())).toList();
        return table("training.figures.byTopic", "training.field.TOPIC", rows, locale);
    }

    private FigureTable table(String titleKey, String labelKey, List<Row> rows, Locale locale) {
        List<Row> all = new ArrayList<>(rows);
        if (!rows.isEmpty()) {
            long[] sums = new long[3];
            rows.forEach(r -> {
                for (int c = 0; c < sums.length; c++) {
                    sums[c] += r.values().get(c);
                }
            });
            all.add(Row.of(format.text("supervision.dashboard.total", locale), sums[0], sums[1], sums[2]));
        }
        return new FigureTable(format.text(titleKey, locale), List.of(format.text(labelKey, locale)),
                List.of(new Column(format.text("training.figures.enrolled", locale), Unit.COUNT),
                        new Column(format.text("training.figures.attended", locale), Unit.COUNT),
                        new Column(format.text("training.figures.certified", locale), Unit.COUNT)), all);
    }

    private static Row row(String label, Counts counts) {
        return Row.of(label, counts.enrolled(), counts.attended(), counts.certified());
    }

    private static String name(UnionCounts union, Locale locale) {
        return "en".equals(locale.getLanguage()) && union.nameEn() != null ? union.nameEn() : union.nameVi();
    }
}
