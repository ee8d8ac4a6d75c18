package vn.unioncare.hardship.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.common.VndFormat;
import vn.unioncare.hardship.FundPosting;
import vn.unioncare.hardship.Funds;

import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The ledger of the chosen unit and year, newest first, paged lazily; a case number opens the case. */
class FundLedgerGrid extends Grid<FundPosting> {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(TimeConfiguration.HANOI);
    private static final String SYSTEM = "system";

    /** {@code unitId} and {@code year} are read at every fetch; {@link #refresh()} after either changes. */
    FundLedgerGrid(Funds funds, Supplier<Long> unitId, Supplier<Integer> year) {
        addColumn(p -> AT.format(p.at())).setHeader(getTranslation("funds.ledger.at")).setKey("at");
        addColumn(p -> getTranslation("funds.kind." + p.kind().name())).setHeader(getTranslation("funds.ledger.kind"))
                .setKey("kind");
        addComponentColumn(p -> p.caseNumber() == null ? new Span() : new Anchor("cases/" + p.caseNumber(),
                p.caseNumber())).setHeader(getTranslation("funds.ledger.caseNumber")).setKey("caseNumber");
        addColumn(p -> VndFormat.withSign(p.amount())).setHeader(getTranslation("funds.ledger.amount")).setKey("amount")
                .setTextAlign(ColumnTextAlign.END);
        addColumn(p -> SYSTEM.equals(p.by()) ? getTranslation("funds.ledger.system") : p.byName())
                .setHeader(getTranslation("funds.ledger.by")).setKey("by");
        getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        setItems(query -> unitId.get() == null ? Stream.empty()
                        : funds.ledger(unitId.get(), year.get(), query.getOffset(), query.getLimit()).stream(),
                query -> unitId.get() == null ? 0
                        : (int) Math.min(Integer.MAX_VALUE, funds.countLedger(unitId.get(), year.get())));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
