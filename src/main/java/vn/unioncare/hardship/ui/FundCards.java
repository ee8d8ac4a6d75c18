package vn.unioncare.hardship.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import vn.unioncare.hardship.FundBalance;
import vn.unioncare.common.VndFormat;

/** Budget, committed, paid and available side by side, one card each. */
class FundCards extends FlexLayout {

    private final Span budget = amount("funds-budget");
    private final Span committed = amount("funds-committed");
    private final Span paid = amount("funds-paid");
    private final Span available = amount("funds-available");

    FundCards() {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(card("funds.budget", budget), card("funds.committed", committed), card("funds.paid", paid),
                card("funds.available", available));
    }

    /** Shows a balance; none (no unit chosen) empties the cards. */
    void show(FundBalance balance) {
        budget.setText(balance == null ? "" : VndFormat.withSign(balance.budget()));
        committed.setText(balance == null ? "" : VndFormat.withSign(balance.committed()));
        paid.setText(balance == null ? "" : VndFormat.withSign(balance.paid()));
        available.setText(balance == null ? "" : VndFormat.withSign(balance.available()));
    }

    private Card card(String titleKey, Span amount) {
        Card card = new Card();
        card.setTitle(getTranslation(titleKey));
        card.add(amount);
        card.setMinWidth("12em");
        return card;
    }

    private static Span amount(String id) {
        Span amount = new Span();
        amount.setId(id);
        amount.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        return amount;
    }
}
