package vn.unioncare.hardship;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.casework.StatisticsPeriod;
import vn.unioncare.casework.SupervisionFigureSource;
import vn.unioncare.hardship.domain.HardshipFiguresQuery;
import vn.unioncare.hardship.domain.HardshipFiguresQuery.TypeFigures;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Hardship assistance on the supervision dashboard: per support type, the requests received and decided and the
 * amounts approved and paid in the chosen period, and the amounts approved and paid this month and this year.
 */
@Component
@Order(10)
class HardshipFigures implements SupervisionFigureSource {

    private final HardshipFiguresQuery query;
    private final MessageSource messages;

    HardshipFigures(HardshipFiguresQuery query, MessageSource messages) {
        this.query = query;
        this.messages = messages;
    }

    @Override
    public List<FigureTable> figures(long subtreeRootUnitId, StatisticsPeriod period, Locale locale) {
        List<FigureTable.Row> byType = query.byType(subtreeRootUnitId, period.start(), period.end()).stream()
                .map(t -> new FigureTable.Row(List.of(text("hardship.type." + t.supportType(), locale)),
                        List.of(t.received(), t.approved(), t.rejected(), t.amountApproved(), t.amountPaid())))
                .toList();
        FigureTable types = new FigureTable(text("hardship.figures.byType", locale),
                List.of(text("hardship.type", locale)),
                List.of(column("hardship.figures.received", FigureTable.Unit.COUNT, locale),
                        column("hardship.figures.approved", FigureTable.Unit.COUNT, locale),
                        column("hardship.figures.rejected", FigureTable.Unit.COUNT, locale),
                        column("hardship.figures.amountApproved", FigureTable.Unit.VND, locale),
                        column("hardship.figures.amountPaid", FigureTable.Unit.VND, locale)),
                byType);
        LocalDate day = period.to();
        StatisticsPeriod month = new StatisticsPeriod(day.withDayOfMonth(1), day);
        StatisticsPeriod year = new StatisticsPeriod(day.withDayOfYear(1), day);
        FigureTable totals = new FigureTable(text("hardship.figures.totals", locale),
                List.of(text("hardship.figures.when", locale)),
                List.of(column("hardship.figures.amountApproved", FigureTable.Unit.VND, locale),
                        column("hardship.figures.amountPaid", FigureTable.Unit.VND, locale)),
                List.of(total(text("hardship.figures.thisMonth", locale), subtreeRootUnitId, month),
                        total(text("hardship.figures.thisYear", locale), subtreeRootUnitId, year)));
        return List.of(types, totals);
    }

    private FigureTable.Row total(String label, long root, StatisticsPeriod period) {
        List<TypeFigures> figures = query.byType(root, period.start(), period.end());
        return FigureTable.Row.of(label, figures.stream().mapToLong(TypeFigures::amountApproved).sum(),
                figures.stream().mapToLong(TypeFigures::amountPaid).sum());
    }

    private FigureTable.Column column(String key, FigureTable.Unit unit, Locale locale) {
        return new FigureTable.Column(text(key, locale), unit);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
