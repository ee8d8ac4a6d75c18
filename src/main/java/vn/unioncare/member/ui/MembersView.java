package vn.unioncare.member.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.unioncare.common.CappedCount;
import vn.unioncare.member.MemberSearch;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.MemberSummary;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Members of the officer's unions, searched by card number, phone or name (diacritics ignored), paged lazily. */
@Route("members")
@Menu(order = 10, title = "nav.members", icon = "vaadin:users")
@RolesAllowed({"ADMIN", "OFFICER"})
class MembersView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient MemberService members;
    private final transient OrganisationService organisation;
    private final Grid<MemberRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span total = new Span();

    MembersView(MemberService members, OrganisationService organisation) {
        this.members = members;
        this.organisation = organisation;
        setSizeFull();
        search.setId("member-search");
        search.setPlaceholder(getTranslation("members.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setWidth("min(100%, 30em)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        configureGrid();
        total.setId("member-total");
        add(new H2(getTranslation("nav.members")), search, total, grid);
        expand(grid);
    }

    /** A member with the name of their union, resolved for a whole page at once. */
    record MemberRow(MemberSummary member, String unionName) {
    }

    private void configureGrid() {
        grid.setId("members-grid");
        grid.addColumn(r -> r.member().cardNumber()).setHeader(getTranslation("member.cardNumber")).setKey("cardNumber")
                .setSortable(true);
        grid.addColumn(r -> r.member().fullName()).setHeader(getTranslation("member.fullName")).setKey("fullName")
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(r -> r.member().dateOfBirth() == null ? "" : VIETNAMESE_DATE.format(r.member().dateOfBirth()))
                .setHeader(getTranslation("member.dateOfBirth")).setKey("dateOfBirth").setSortable(true);
        grid.addColumn(r -> getTranslation("gender." + r.member().gender().name())).setHeader(getTranslation("member.gender"));
        grid.addColumn(r -> maskedPhone(r.member().phone())).setHeader(getTranslation("member.phone"));
        grid.addColumn(r -> r.member().maskedNationalId()).setHeader(getTranslation("member.nationalId"));
        grid.addColumn(MemberRow::unionName).setHeader(getTranslation("member.union")).setKey("union");
        grid.addColumn(r -> getTranslation("memberStatus." + r.member().status().name()))
                .setHeader(getTranslation("member.status")).setKey("status").setSortable(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> page(query.getPage(), query.getPageSize(), query.getSortOrders().stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted())).toList()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MemberRecordView.class,
                new com.vaadin.flow.router.RouteParameters("memberId", String.valueOf(e.getItem().member().id())))));
    }

    private Stream<MemberRow> page(int page, int size, List<Sort.Order> orders) {
        Page<MemberSummary> found = members.search(MemberSearch.byText(search.getValue()),
                PageRequest.of(page, size, Sort.by(orders)));
        if (page == 0) {
            showTotal(MemberService.searchCount(found));
        }
        List<MemberSummary> rows = found.getContent();
        Map<Long, String> unitNames = organisation.findAllById(rows.stream().map(MemberSummary::orgUnitId).distinct().toList())
                .stream().collect(Collectors.toMap(OrgUnitView::id, u -> u.name(getLocale())));
        return rows.stream().map(m -> new MemberRow(m, unitNames.getOrDefault(m.orgUnitId(), "")));
    }

    /** A common name is counted up to a cap only: beyond it the officer is asked to type more of it. */
    private void showTotal(CappedCount count) {
        total.setText(getTranslation(count.more() ? "members.search.totalMore" : "members.search.total",
                count.value()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.members") + " | " + getTranslation("app.name");
    }

    /** Lists show the last three digits only; the full number is on the (audited) record page. */
    static String maskedPhone(String phone) {
        if (phone == null || phone.length() <= 3) {
            return phone == null ? "" : phone;
        }
        return "•".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }
}
