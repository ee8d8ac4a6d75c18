package vn.unioncare.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.CaseFileRequests;
import vn.unioncare.casework.CaseListRow;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class CaseListViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    @SuppressWarnings("unchecked")
    private static List<CaseListRow> rows(String gridId) {
        Grid<CaseListRow> grid = _get(Grid.class, spec -> spec.withId(gridId));
        int size = _size(grid);
        return size == 0 ? List.of() : _fetch(grid, 0, size);
    }

    @Test
    void aMemberFollowsTheirOwnRequestsAndNotOthers() {
        StartedCase mine = CaseFileRequests.submit(accounts, starter, "member", "Của tôi");
        StartedCase theirs = CaseFileRequests.submit(accounts, starter, "hospital.member", "Của người khác");
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("my-cases");

        List<CaseListRow> rows = rows("my-cases-grid");
        assertThat(rows).extracting(CaseListRow::caseNumber).contains(mine.caseNumber()).doesNotContain(theirs.caseNumber());
        assertThat(rows).filteredOn(r -> r.caseNumber().equals(mine.caseNumber())).singleElement()
                .satisfies(r -> assertThat(r.currentSteps()).containsExactly("Quyết định hỗ trợ"));
    }

    @Test
    void theMemberRecordLinksToTheMembersCasesWhichListOnlyThatMember() {
        StartedCase request = CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        long memberId = accounts.loadUser("member").orElseThrow().memberId();
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("members/" + memberId);
        assertThat(_get(Anchor.class, spec -> spec.withId("member-cases")).getHref()).isEqualTo("cases?member=" + memberId);

        UI.getCurrent().navigate("cases", QueryParameters.of("member", String.valueOf(memberId)));
        assertThat(_get(H2.class, spec -> spec.withId("cases-title")).getText())
                .isEqualTo("Hồ sơ của đoàn viên Nguyễn Văn An");
        List<CaseListRow> rows = rows("cases-grid");
        assertThat(rows).extracting(CaseListRow::caseNumber).contains(request.caseNumber());
        assertThat(rows).allSatisfy(r -> assertThat(r.memberId()).isEqualTo(memberId));
    }

    @Test
    void aMemberLookingAtTheirOwnRecordGetsNoLinkToTheOfficersCaseList() {
        long memberId = accounts.loadUser("member").orElseThrow().memberId();
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("members/" + memberId);
        assertThat(_find(Anchor.class, spec -> spec.withId("member-cases"))).isEmpty();
    }

    @Test
    void anotherUnionsOfficerSeesNoneOfTheMembersCases() {
        CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        long memberId = accounts.loadUser("member").orElseThrow().memberId();
        KaribuUi.open(context, accounts, "parks.officer");
        UI.getCurrent().navigate("cases", QueryParameters.of("member", String.valueOf(memberId)));
        assertThat(rows("cases-grid")).isEmpty();
    }
}
