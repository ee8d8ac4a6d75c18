package vn.unioncare.safety;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.casework.FigureTable.Row;
import vn.unioncare.casework.StatisticsPeriod;
import vn.unioncare.casework.SupervisionFigureSource;
import vn.unioncare.organisation.OrganisationService;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.DemoUnits.CITY;
import static vn.unioncare.DemoUnits.WARD;

/**
 * Workplace safety on the supervision dashboard, counted in SQL over the reports of a union's subtree, on H2 and on
 * PostgreSQL, over the first half of 2018, long before any other test's reports.
 */
abstract class SafetyFiguresContract {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final StatisticsPeriod FIRST_HALF_2018 = new StatisticsPeriod(LocalDate.of(2018, 1, 1),
            LocalDate.of(2018, 6, 30));
    private static final String TOTAL = "Tổng cộng";

    @Autowired
    List<SupervisionFigureSource> sources;
    @Autowired
    SafetyFigures figures;
    @Autowired
    OrganisationService organisation;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    @Transactional
    void theWardUnionSeesItsSchoolsIncidentsByTypeSeverityAndTheOverdueInvestigation() {
        new SafetyRows(jdbc).firstHalfOf2018();

        List<FigureTable> ward = figures.figures(unit(WARD), FIRST_HALF_2018, VIETNAMESE);

        assertThat(ward).extracting(FigureTable::title).containsExactly(
                "Sự việc an toàn lao động theo loại và mức độ", "Sự việc an toàn lao động theo công đoàn trực thuộc");
        FigureTable byType = ward.get(0);
        assertThat(byType.labelHeaders()).containsExactly("Loại sự việc", "Mức độ");
        assertThat(byType.columns()).extracting(FigureTable.Column::header).containsExactly("Số vụ",
                "Số người chết", "Số người bị thương nặng", "Số người bị thương nhẹ");
        assertThat(byType.rows()).containsExactly(
                row(List.of("Tai nạn lao động", "Tai nạn chết người"), 1, 1, 0, 0),
                row(List.of("Tai nạn lao động", "Tai nạn nhẹ"), 1, 0, 0, 2),
                row(List.of(TOTAL, ""), 2, 1, 0, 2));
        FigureTable byUnion = ward.get(1);
        assertThat(byUnion.columns()).extracting(FigureTable.Column::header).containsExactly("Số vụ",
                "Tai nạn lao động", "Số người chết", "Số người bị thương nặng", "Số người bị thương nhẹ",
                "Điều tra quá hạn");
        assertThat(byUnion.rows()).containsExactly(
                row(List.of("Công đoàn cơ sở Trường THCS Nghĩa Tân"), 2, 2, 1, 0, 2, 1),
                row(List.of(TOTAL), 2, 2, 1, 0, 2, 1));
    }

    @Test
    @Transactional
    void theCityRollsTheIncidentsUpUnderTheUnionsDirectlyBelowIt() {
        new SafetyRows(jdbc).firstHalfOf2018();

        List<Row> rows = figures.figures(unit(CITY), FIRST_HALF_2018, VIETNAMESE).get(1).rows();
        List<Row> bySeverity = figures.severityByUnion(unit(CITY), FIRST_HALF_2018, VIETNAMESE).rows();

        assertThat(rows).containsSubsequence(
                row(List.of("Công đoàn các Khu công nghiệp và chế xuất Hà Nội"), 1, 0, 0, 0, 0, 0),
                row(List.of("Công đoàn ngành Y tế Hà Nội"), 2, 1, 0, 2, 1, 0),
                row(List.of("Công đoàn phường Cầu Giấy"), 2, 2, 1, 0, 2, 1))
                .endsWith(row(List.of(TOTAL), 5, 3, 1, 2, 3, 1));
        assertThat(rows).extracting(r -> r.labels().get(0)).doesNotContain("Công đoàn cơ sở Trường THCS Nghĩa Tân");
        assertThat(bySeverity).contains(row(List.of("Công đoàn ngành Y tế Hà Nội"), 2, 0, 1, 0, 0, 1))
                .endsWith(row(List.of(TOTAL), 5, 1, 1, 0, 1, 2));
        assertThat(figures.figures(unit(CITY), FIRST_HALF_2018, Locale.ENGLISH).get(0).rows()).last()
                .isEqualTo(row(List.of("Total", ""), 5, 1, 2, 3));
    }

    @Test
    void theDashboardAsksTheSafetyFiguresAfterTheHardshipFigures() {
        assertThat(sources).extracting(s -> org.springframework.util.ClassUtils.getUserClass(s).getSimpleName()).containsSubsequence("HardshipFigures",
                "SafetyFigures");
    }

    private static Row row(List<String> labels, long... values) {
        return new Row(labels, Arrays.stream(values).boxed().toList());
    }

    private long unit(String code) {
        return organisation.findByCode(code).orElseThrow().id();
    }
}
