package vn.unioncare.hardship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.NumberField;
import vn.unioncare.common.RefusedException;
import vn.unioncare.hardship.FundBalance;
import vn.unioncare.common.VndFormat;
import vn.unioncare.hardship.Funds;
import vn.unioncare.organisation.OrgUnitView;

/** Setting a unit's budget for a year; the service decides whether the user may and whether the amount is valid. */
class FundBudgetDialog extends Dialog {

    /** A budget in whole VND up to a million billion: beyond that a double no longer holds every whole number. */
    private static final double MAX_BUDGET = 1e15;

    private final transient Funds funds;
    private final NumberField amount = new NumberField();

    FundBudgetDialog(Funds funds, OrgUnitView unit, FundBalance balance, Runnable saved) {
        this.funds = funds;
        setHeaderTitle(getTranslation("funds.setBudget.title", String.valueOf(balance.year()), unit.name(getLocale())));
        amount.setId("funds-budget-amount");
        amount.setLabel(getTranslation("funds.setBudget.amount"));
        amount.setMin(0);
        amount.setMax(MAX_BUDGET);
        amount.setStep(1);
        amount.setWidthFull();
        amount.setValue((double) balance.budget());
        Paragraph spent = new Paragraph(getTranslation("funds.setBudget.spent",
                VndFormat.withSign(balance.committed() + balance.paid())));
        Button save = new Button(getTranslation("funds.setBudget.save"), e -> save(unit, balance.year(), saved));
        save.setId("funds-budget-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(amount, spent);
        getFooter().add(new Button(getTranslation("funds.setBudget.cancel"), e -> close()), save);
    }

    private void save(OrgUnitView unit, int year, Runnable saved) {
        Double value = amount.getValue();
        if (value == null || value < 0 || value > MAX_BUDGET || value != Math.rint(value)) {
            refuse("funds.error.invalidAmount");
            return;
        }
        try {
            funds.setBudget(unit.id(), year, value.longValue());
        } catch (RefusedException refused) {
            refuse(refused.messageKey());
            return;
        }
        close();
        Notification.show(getTranslation("funds.setBudget.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.run();
    }

    private void refuse(String messageKey) {
        amount.setErrorMessage(getTranslation(messageKey));
        amount.setInvalid(true);
    }
}
