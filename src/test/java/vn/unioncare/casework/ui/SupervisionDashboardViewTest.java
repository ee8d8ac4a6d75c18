package vn.unioncare.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.SupervisionReport.UnionFigures;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The supervision dashboard page in Karibu-Testing: chart, table, drill-down, downloads and who may open it. */
@UnionCareSpringTest
class SupervisionDashboardViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    OrganisationService organisation;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private void schoolRequest() {
        try (SignedIn ignored = SignedIn.as(accounts, "member")) {
            starter.start("foundation-roundtrip", Map.of("note", "Đề nghị hỗ trợ"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWardOfficerSeesTheChartAndTheTableOfTheSchoolBelow() {
        schoolRequest();
        KaribuUi.open(context, accounts, "commune.officer");
        UI.getCurrent().navigate("supervision/dashboard");

        String svg = _get(Svg.class, spec -> spec.withId("dashboard-chart")).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("Công đoàn cơ sở Trường THCS Nghĩa Tân", "Hồ sơ đang mở",
                "Công việc quá hạn", "<rect");

        Grid<UnionFigures> unions = _get(Grid.class, spec -> spec.withId("dashboard-unions"));
        List<UnionFigures> rows = unions.getListDataView().getItems().toList();
        assertThat(rows).extracting(u -> u.union().code()).contains("CS-THCS-NGHIA-TAN")
                .doesNotContain("CS-BV-XANH-PON", "CS-DT-THANG-LONG");
        int school = rows.indexOf(rows.stream().filter(u -> u.union().code().equals("CS-THCS-NGHIA-TAN")).findFirst().orElseThrow());
        Component name = _getCellComponent(unions, school, "union");
        assertThat(name).isInstanceOf(Span.class);
        assertThat(((Span) name).getText()).isEqualTo("Công đoàn cơ sở Trường THCS Nghĩa Tân");
        UnionFigures schoolRow = rows.get(school);
        assertThat(schoolRow.openCases()).isPositive();
        assertThat(_getFormattedRow(unions, school)).contains(String.valueOf(schoolRow.openCases()),
                String.valueOf(schoolRow.openTasks()));
        assertThat(unions.getColumnByKey("process-foundation-roundtrip").getHeaderText()).isEqualTo("Kiểm tra nền tảng");

        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-csv")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-pdf")).getHref()).isNotBlank();
        assertThat(_find(Select.class, spec -> spec.withId("dashboard-root"))).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Bảng giám sát | UnionCare – Công đoàn Hà Nội");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCityWelfareOfficerGoesDownFromTheCityToTheHealthSectorUnion() {
        KaribuUi.open(context, accounts, "hlf.welfare");
        UI.getCurrent().navigate("supervision/dashboard");
        Grid<UnionFigures> city = _get(Grid.class, spec -> spec.withId("dashboard-unions"));
        List<String> codes = city.getListDataView().getItems().map(u -> u.union().code()).toList();
        assertThat(codes).contains("CD-P-CAU-GIAY", "CD-NGANH-YTE", "CD-KCN-HN").doesNotContain("CS-BV-XANH-PON");
        RouterLink health = (RouterLink) _getCellComponent(city, codes.indexOf("CD-NGANH-YTE"), "union");
        assertThat(health.getText()).isEqualTo("Công đoàn ngành Y tế Hà Nội");

        UI.getCurrent().navigate(health.getHref());

        Grid<UnionFigures> unions = _get(Grid.class, spec -> spec.withId("dashboard-unions"));
        assertThat(unions.getListDataView().getItems().map(u -> u.union().code()).toList()).contains("CS-BV-XANH-PON")
                .doesNotContain("CS-THCS-NGHIA-TAN");
        assertThat(_get(RouterLink.class, spec -> spec.withId("dashboard-unit-HLF")).getText())
                .isEqualTo("Liên đoàn Lao động Thành phố Hà Nội");
    }

    @Test
    void aUnionOutsideTheOfficersScopeIsNotFound() {
        long city = organisation.findByCode("HLF").orElseThrow().id();
        KaribuUi.open(context, accounts, "commune.officer");
        UI.getCurrent().navigate("supervision/dashboard/" + city);

        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-refused")).getText())
                .isEqualTo("Không tìm thấy hoặc bạn không có quyền truy cập");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void aGrassrootsChairCannotOpenTheDashboard() {
        assertThat(SupervisionDashboardView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder("SUPERVISOR", "ADMIN");
        KaribuUi.open(context, accounts, "school.chair");

        // Karibu's access-denied error view throws, which Vaadin shows as an internal error page; the navigation
        // itself reports it or not depending on timing.
        Throwable refusal = catchThrowable(() -> UI.getCurrent().navigate("supervision/dashboard"));

        if (refusal != null) {
            assertThat(refusal).hasMessageContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(target -> target instanceof SupervisionDashboardView)
                .anyMatch(target -> target instanceof InternalServerError);
    }
}
