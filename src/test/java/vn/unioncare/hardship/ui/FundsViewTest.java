package vn.unioncare.hardship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.common.VndFormat;
import vn.unioncare.hardship.FundPosting;
import vn.unioncare.hardship.Funds;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.time.Year;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class FundsViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    Funds funds;
    @Autowired
    OrganisationService organisation;
    @Autowired
    Clock clock;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchoolChairSeesTheUnionsFundForThisYear() {
        long school = organisation.findByCode("CS-THCS-NGHIA-TAN").orElseThrow().id();
        int year = Year.now(clock).getValue();

        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("funds");

        assertThat(text("funds-budget")).isEqualTo("20.000.000 ₫");
        assertThat(text("funds-available")).isEqualTo(VndFormat.withSign(funds.available(school, year)));
        assertThat(text("funds-committed")).endsWith(" ₫");
        assertThat(text("funds-paid")).endsWith(" ₫");
        assertThat(_get(Button.class, spec -> spec.withId("funds-set-budget")).isVisible()).isTrue();
        Grid<FundPosting> ledger = _get(Grid.class, spec -> spec.withId("funds-ledger"));
        assertThat(_size(ledger)).isPositive();
        assertThat(_getFormattedRow(ledger, _get(ledger, _size(ledger) - 1)))
                .contains("Đặt dự toán", "20.000.000 ₫", "Hệ thống");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFinanceOfficerSetsTheBudgetOfAnEarlierYear() {
        int earlier = Year.now(clock).getValue() - 5;
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("funds");
        _setValue(_get(Select.class, spec -> spec.withId("funds-year")), earlier);
        assertThat(text("funds-budget")).isEqualTo("0 ₫");

        _click(_get(Button.class, spec -> spec.withId("funds-set-budget")));
        _setValue(_get(NumberField.class, spec -> spec.withId("funds-budget-amount")), 7_500_000.0);
        _click(_get(Button.class, spec -> spec.withId("funds-budget-save")));

        assertThat(text("funds-budget")).isEqualTo("7.500.000 ₫");
        assertThat(text("funds-available")).isEqualTo("7.500.000 ₫");
        Grid<FundPosting> ledger = _get(Grid.class, spec -> spec.withId("funds-ledger"));
        assertThat(_size(ledger)).isEqualTo(1);
        assertThat(_getFormattedRow(ledger, _get(ledger, 0))).contains("Đặt dự toán", "7.500.000 ₫");
    }

    @Test
    void anOfficerWhoIsNotFinanceDoesNotGetTheBudgetButton() {
        KaribuUi.open(context, accounts, "school.officer");
        UI.getCurrent().navigate("funds");

        assertThat(text("funds-budget")).isEqualTo("20.000.000 ₫");
        assertThat(_find(Button.class, spec -> spec.withId("funds-set-budget"))).isEmpty();
    }
}
