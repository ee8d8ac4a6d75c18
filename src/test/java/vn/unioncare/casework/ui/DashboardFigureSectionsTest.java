package vn.unioncare.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.FigureTable;
import vn.unioncare.security.UserAccountService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision dashboard page shows the sections the features contribute — hardship assistance and workplace
 * safety — with the unions below the reader and none beside them.
 */
@UnionCareSpringTest
class DashboardFigureSectionsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;

    @Test
    void theWardOfficersDashboardHasTheHardshipAndSafetyTablesWithTheSchoolBelow() {
        KaribuUi.open(context, accounts, "commune.officer");
        try {
            UI.getCurrent().navigate("supervision/dashboard");

            assertThat(_find(H3.class)).extracting(H3::getText).contains(
                    "Hỗ trợ khó khăn theo loại hỗ trợ", "Hỗ trợ khó khăn theo công đoàn trực thuộc",
                    "Sự việc an toàn lao động theo loại và mức độ",
                    "Sự việc an toàn lao động theo công đoàn trực thuộc");
            assertThat(unionsIn(grid("Số tiền đã chi"))).contains("Công đoàn cơ sở Trường THCS Nghĩa Tân", "Tổng cộng")
                    .doesNotContain("Công đoàn cơ sở Bệnh viện Đa khoa Xanh Pôn");
        } finally {
            KaribuUi.close();
        }
    }

    /** The figure grid whose third value column has this header. */
    @SuppressWarnings("unchecked")
    private static Grid<FigureTable.Row> grid(String thirdValueHeader) {
        return _find(Grid.class).stream()
                .filter(g -> g.getColumnByKey("value-2") != null
                        && thirdValueHeader.equals(g.getColumnByKey("value-2").getHeaderText()))
                .findFirst().orElseThrow();
    }

    private static java.util.List<String> unionsIn(Grid<FigureTable.Row> grid) {
        return grid.getListDataView().getItems().map(r -> r.labels().get(0)).toList();
    }
}
