package vn.unioncare.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import vn.unioncare.training.CohortView;
import vn.unioncare.training.WaitlistEntry;

import vn.unioncare.common.TimeConfiguration;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The members waiting for a seat of a cohort, in the order seats will be offered. */
class WaitlistDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeConfiguration.HANOI);

    WaitlistDialog(CohortView cohort, List<WaitlistEntry> entries) {
        setHeaderTitle(getTranslation("training.waitlist.heading", cohort.courseTitle()));
        setWidth("min(100%, 48em)");
        Grid<WaitlistEntry> grid = new Grid<>();
        grid.setId("waitlist-grid");
        grid.addColumn(WaitlistEntry::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WaitlistEntry::memberName).setHeader(getTranslation("training.column.member"));
        grid.addColumn(WaitlistEntry::cardNumber).setHeader(getTranslation("training.column.card"));
        grid.addColumn(WaitlistEntry::caseNumber).setHeader(getTranslation("training.column.case"));
        grid.addColumn(WaitlistEntry::priority).setHeader(getTranslation("training.column.priority"));
        grid.addColumn(e -> WHEN.format(e.requestedAt())).setHeader(getTranslation("training.column.requestedAt"));
        grid.setItems(entries);
        grid.setEmptyStateText(getTranslation("training.waitlist.none"));
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button(getTranslation("training.action.close"), e -> close()));
    }
}
