package vn.unioncare.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.data.domain.PageRequest;
import vn.unioncare.casework.CaseFilter;
import vn.unioncare.casework.CaseList;
import vn.unioncare.casework.CaseListRow;

import java.util.function.Supplier;

/** Cases newest first, paged lazily from the service; the case number opens the case page. */
class CaseGrid extends Grid<CaseListRow> {

    /**
     * @param filter read at every fetch, so that changing the filters and calling {@link #refresh()} is enough
     * @param showMember whether to show the member and union columns (officers), or not (a member's own list)
     */
    CaseGrid(CaseList cases, Supplier<CaseFilter> filter, boolean showMember) {
        addComponentColumn(row -> new Anchor("cases/" + row.caseNumber(), row.caseNumber()))
                .setHeader(getTranslation("casefile.caseNumber")).setKey("caseNumber");
        addColumn(CaseListRow::processName).setHeader(getTranslation("casefile.process")).setKey("process");
        if (showMember) {
            addColumn(CaseListRow::memberName).setHeader(getTranslation("casefile.member")).setKey("member");
            addColumn(row -> row.union() == null ? "" : row.union().name(getLocale()))
                    .setHeader(getTranslation("casefile.union")).setKey("union");
        }
        addColumn(row -> CaseTexts.stage(this, row.status(), row.stage())).setHeader(getTranslation("casefile.status")).setKey("status");
        addColumn(row -> String.join(", ", row.currentSteps())).setHeader(getTranslation("casefile.currentStep"))
                .setKey("currentStep");
        addColumn(row -> CaseTexts.time(row.openedAt())).setHeader(getTranslation("casefile.openedAt")).setKey("opened");
        getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
        setItems(query -> cases.list(filter.get(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, cases.count(filter.get())));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
