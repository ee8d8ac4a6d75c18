package vn.unioncare.hardship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.hardship.Funds;
import vn.unioncare.organisation.OrgUnitView;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A union's fund for a year: budget, committed, paid and available, and the ledger behind them. Officers choose
 * among the unions they may see; the unit's finance officers (and administrators) set the budget.
 */
@Route("funds")
@Menu(order = 25, title = "funds.nav", icon = "vaadin:money")
@RolesAllowed({"OFFICER", "ADMIN"})
class FundsView extends VerticalLayout implements HasDynamicTitle {

    private static final int YEARS_BACK = 5;

    private final transient Funds funds;
    private final ComboBox<OrgUnitView> unit = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Button setBudget = new Button();
    private final FundCards cards = new FundCards();
    private final FundLedgerGrid ledger;

    FundsView(Funds funds, Clock clock) {
        this.funds = funds;
        setSizeFull();
        H2 title = new H2(getTranslation("funds.nav"));
        List<OrgUnitView> first = funds.units("", 0, 1);
        if (first.isEmpty()) {
            add(title, new Paragraph(getTranslation("funds.noUnits")));
            ledger = null;
            return;
        }
        unit.setId("funds-unit");
        unit.setLabel(getTranslation("funds.unit"));
        unit.setMinWidth("24em");
        unit.setItemLabelGenerator(u -> u.code() + " – " + u.name(getLocale()));
        unit.setItems(query -> funds.units(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, funds.countUnits(query.getFilter().orElse(""))));
        unit.setValue(first.get(0));
        int thisYear = Year.now(clock).getValue();
        year.setId("funds-year");
        year.setLabel(getTranslation("funds.year"));
        year.setItems(IntStream.rangeClosed(thisYear - YEARS_BACK, thisYear + 1).boxed()
                .sorted((a, b) -> b - a).toList());
        year.setValue(thisYear);
        setBudget.setId("funds-set-budget");
        setBudget.setText(getTranslation("funds.setBudget"));
        setBudget.setIcon(VaadinIcon.EDIT.create());
        setBudget.addClickListener(e -> new FundBudgetDialog(funds, unit.getValue(),
                funds.balance(unit.getValue().id(), year.getValue()), this::show).open());
        FlexLayout tools = new FlexLayout(unit, year, setBudget);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexLayout.Alignment.BASELINE);
        tools.addClassName("uc-tools");
        ledger = new FundLedgerGrid(funds, () -> unit.getValue() == null ? null : unit.getValue().id(), year::getValue);
        ledger.setId("funds-ledger");
        unit.addValueChangeListener(e -> show());
        year.addValueChangeListener(e -> show());
        add(title, tools, cards, ledger);
        expand(ledger);
        show();
    }

    private void show() {
        OrgUnitView chosen = unit.getValue();
        setBudget.setVisible(chosen != null && funds.maySetBudget(chosen.id()));
        cards.show(chosen == null ? null : funds.balance(chosen.id(), year.getValue()));
        ledger.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.nav") + " | " + getTranslation("app.name");
    }
}
