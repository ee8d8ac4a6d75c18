package vn.unioncare.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.casework.AuditEvent;
import vn.unioncare.casework.AuditType;
import vn.unioncare.casework.CaseFileRequests;
import vn.unioncare.casework.CaseFiles;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.CaseworkException;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.UserAccountService;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UnionCareSpringTest
class AuditViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CaseStarter starter;
    @Autowired
    CaseFiles caseFiles;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorFindsARefusedLookUpByKindActorAndCaseNumber() {
        StartedCase started = CaseFileRequests.submit(accounts, starter, "member", "Đề nghị");
        try (SignedIn ignored = SignedIn.as(accounts, "factory.chair")) {
            assertThatThrownBy(() -> caseFiles.open(started.caseNumber())).isInstanceOf(CaseworkException.class);
        }
        KaribuUi.open(context, accounts, "admin");
        UI.getCurrent().navigate("audit");
        Grid<AuditEvent> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(_size(grid)).isPositive();

        _setValue(_get(Select.class, spec -> spec.withId("audit-type")), AuditType.ACCESS_REFUSED);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), "factory.chair");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-case")), started.caseNumber());

        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, _get(grid, 0)))
                .contains("factory.chair", "Bị từ chối truy cập", started.caseNumber(), "case " + started.caseNumber());
    }

    @Test
    void anOfficerCannotOpenTheAuditLog() {
        KaribuUi.open(context, accounts, "hlf.welfare");
        UI.getCurrent().navigate("audit");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as("%s", UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(target -> target instanceof AuditView)
                .anyMatch(target -> target instanceof HasErrorParameter<?>);
    }
}
