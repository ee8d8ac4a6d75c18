package vn.unioncare.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.unioncare.casework.CaseFilter;
import vn.unioncare.casework.CaseList;
import vn.unioncare.casework.CaseStatus;
import vn.unioncare.casework.ProcessType;
import vn.unioncare.member.MemberService;

/**
 * The cases in the officer's scope, newest first, by kind, status, case number or member name. With
 * {@code ?member=<id>} it shows every case of one member, across all processes (the member page links here).
 */
@Route("cases")
@Menu(order = 3.5, title = "nav.cases", icon = "vaadin:folder-open")
@RolesAllowed({"OFFICER", "ADMIN"})
class CasesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MemberService members;
    private final H2 title = new H2();
    private final Anchor showAll = new Anchor("cases", getTranslation("casefile.list.showAll"));
    private final Select<ProcessType> process = new Select<>();
    private final Select<CaseStatus> status = new Select<>();
    private final TextField search = new TextField();
    private final CaseGrid grid;
    private Long memberId;

    CasesView(CaseList cases, MemberService members) {
        this.members = members;
        setSizeFull();
        title.setId("cases-title");
        showAll.setId("cases-show-all");
        process.setId("cases-process");
        process.setLabel(getTranslation("casefile.process"));
        process.setItems(cases.processTypes());
        process.setEmptySelectionAllowed(true);
        process.setEmptySelectionCaption(getTranslation("casefile.list.allProcesses"));
        process.setItemLabelGenerator(p -> p == null ? getTranslation("casefile.list.allProcesses") : p.name());
        status.setId("cases-status");
        status.setLabel(getTranslation("casefile.status"));
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("casefile.list.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("casefile.list.allStatuses") : CaseTexts.status(this, s));
        search.setId("cases-search");
        search.setLabel(getTranslation("casefile.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        grid = new CaseGrid(cases, this::filter, true);
        grid.setId("cases-grid");
        process.addValueChangeListener(e -> grid.refresh());
        status.addValueChangeListener(e -> grid.refresh());
        search.addValueChangeListener(e -> grid.refresh());
        FlexLayout filters = new FlexLayout(process, status, search);
        filters.addClassName("uc-filters");
        add(title, showAll, filters, grid);
        expand(grid);
    }

    /** {@code cases?member=42}: one member's cases; a malformed id matches no member. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        memberId = event.getLocation().getQueryParameters().getSingleParameter("member")
                .map(CasesView::parseId).orElse(null);
        title.setText(memberId == null ? getTranslation("nav.cases") : getTranslation("casefile.list.ofMember",
                members.displayName(memberId).orElse("#" + memberId)));
        showAll.setVisible(memberId != null);
        grid.refresh();
    }

    private CaseFilter filter() {
        return new CaseFilter(memberId, process.getValue() == null ? null : process.getValue().key(), status.getValue(),
                search.getValue(), false);
    }

    private static Long parseId(String text) {
        return text.matches("[0-9]{1,18}") ? Long.valueOf(text) : -1L;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases") + " | " + getTranslation("app.name");
    }
}
