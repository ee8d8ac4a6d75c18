package vn.unioncare.member.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.member.MemberSearch;
import vn.unioncare.member.MemberService;
import vn.unioncare.security.UserAccountService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class MemberViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    MemberService members;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private long schoolMemberId(String cardNumber) {
        try (SignedIn ignored = SignedIn.as(accounts, "school.chair")) {
            return members.search(MemberSearch.byText(cardNumber), PageRequest.of(0, 1)).getContent().get(0).id();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMemberListSearchesWithoutDiacriticsAndShowsTheNationalIdMasked() {
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("members");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        assertThat(_size(grid)).isEqualTo(20);
        assertThat(_get(Span.class, spec -> spec.withId("member-total")).getText()).isEqualTo("20 đoàn viên");

        _setValue(_get(TextField.class, spec -> spec.withId("member-search")), "nguyen van an");

        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("member-total")).getText()).isEqualTo("2 đoàn viên");
        List<String> row = _getFormattedRow(grid, 0);
        assertThat(row).contains("Nguyễn Văn An", "Đang sinh hoạt", "Công đoàn cơ sở Trường THCS Nghĩa Tân");
        assertThat(row).anyMatch(cell -> cell.startsWith("••••••••") && cell.length() == 12);
    }

    @Test
    void theRecordPageShowsTheFullNationalIdToAnOfficerOfTheUnion() {
        long id = schoolMemberId("GV-000001");
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("members/" + id);
        assertThat(_get(Span.class, spec -> spec.withId("member-nationalId")).getText()).matches("[0-9]{12}");
    }

    @Test
    void anOfficerOfAnotherUnionOpeningTheRecordByUrlSeesNotFound() {
        long id = schoolMemberId("GV-000001");
        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("members/" + id);
        assertThat(_get(H2.class).getText()).isEqualTo("Không tìm thấy hoặc bạn không có quyền truy cập");
    }

    @Test
    void aMemberSeesTheirOwnRecordAndNotAnotherMembersByUrl() {
        long colleague = schoolMemberId("GV-000002");
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("my-record");
        assertThat(_get(H2.class).getText()).isEqualTo("Nguyễn Văn An");

        UI.getCurrent().navigate("members/" + colleague);
        assertThat(_get(H2.class).getText()).isEqualTo("Không tìm thấy hoặc bạn không có quyền truy cập");
    }
}
