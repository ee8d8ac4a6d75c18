package vn.unioncare.casework;

import java.util.List;
import java.util.Locale;

/**
 * Figures a process feature adds to the supervision dashboard (hardship: assistance approved and paid; safety:
 * incidents by severity). Every Spring bean implementing this is asked for its tables each time the dashboard or an
 * export is built, in {@link org.springframework.core.annotation.Order} order, and each table becomes a section of the
 * page, the CSV file and the PDF report. A source with nothing to say returns an empty list.
 * <p>
 * The dashboard has already checked that {@code subtreeRootUnitId} lies within what the signed-in supervisor
 * supervises. A source counts the unit and everything below it through the closure table, in SQL
 * ({@code join org_unit_closure s on s.descendant_id = <unit column> and s.ancestor_id = :root}), and never loads
 * case lists to count them in Java; it may add {@link CaseAccess#predicate} for case-based figures.
 */
public interface SupervisionFigureSource {

    /**
     * @param subtreeRootUnitId the union whose subtree the figures cover (the union itself included)
     * @param period            the days the dashboard shows; "this month" and "this year" are those of {@code period.to()}
     * @param locale            the reader's language for titles and labels (Vietnamese or English)
     */
    List<FigureTable> figures(long subtreeRootUnitId, StatisticsPeriod period, Locale locale);
}
