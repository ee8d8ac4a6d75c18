package vn.unioncare.hardship.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.security.UserAccountService;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.unioncare.forms.RenderedForm.fieldId;

/**
 * A member's hardship request with impossible values is refused on the form, the message under the field at fault,
 * and no case is opened.
 */
@UnionCareSpringTest
class HardshipRequestInputTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private long casesBefore;

    @BeforeEach
    void openTheForm() {
        casesBefore = cases();
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("start/hardship-assistance");
    }

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    private long cases() {
        return jdbc.queryForObject("select count(*) from case_file", Long.class);
    }

    /** A sickness request that would be accepted as it stands, in cash. */
    @SuppressWarnings("unchecked")
    private static void fillASicknessRequest(double amount) {
        _setValue(_get(Select.class, spec -> spec.withId(fieldId("supportType"))), "sickness");
        _setValue(_get(TextArea.class, spec -> spec.withId(fieldId("circumstances"))),
                "Điều trị viêm phổi tại Bệnh viện Bạch Mai 10 ngày");
        _setValue(_get(NumberField.class, spec -> spec.withId(fieldId("amountRequested"))), amount);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId(fieldId("providedDocuments"))), Set.of("medical"));
    }

    private static <F extends com.vaadin.flow.component.Component & HasValidation> F submittedAndRefusedAt(Class<F> type, String field) {
        _click(_get(Button.class, spec -> spec.withId("submit-request")));
        assertThat(_find(H2.class, spec -> spec.withId("request-accepted"))).isEmpty();
        F refused = _get(type, spec -> spec.withId(fieldId(field)));
        assertThat(refused.isInvalid()).as(field + " marked invalid").isTrue();
        return refused;
    }

    @Test
    void aNegativeAmountIsRefusedUnderTheAmount() {
        fillASicknessRequest(-800_000);
        NumberField amount = submittedAndRefusedAt(NumberField.class, "amountRequested");
        assertThat(amount.getErrorMessage()).isEqualTo("Giá trị nhỏ nhất là 100000");
        assertThat(cases()).isEqualTo(casesBefore);
    }

    @Test
    void anAbsurdAmountIsRefusedUnderTheAmount() {
        fillASicknessRequest(1_000_000_000_000.0);
        NumberField amount = submittedAndRefusedAt(NumberField.class, "amountRequested");
        assertThat(amount.getErrorMessage()).isEqualTo("Giá trị lớn nhất là 100000000");
        assertThat(cases()).isEqualTo(casesBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTransferWithoutABankAccountIsRefusedUnderTheAccountNumber() {
        fillASicknessRequest(800_000);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(fieldId("paymentMethod"))), "transfer");
        _setValue(_get(TextField.class, spec -> spec.withId(fieldId("bankName"))), "Vietcombank");
        TextField account = submittedAndRefusedAt(TextField.class, "bankAccount");
        assertThat(account.getErrorMessage()).isEqualTo("Trường này bắt buộc");
        assertThat(cases()).isEqualTo(casesBefore);
    }
}
