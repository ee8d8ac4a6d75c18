package vn.unioncare.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.unioncare.security.AccountView;
import vn.unioncare.security.UserAccountService;

import java.util.stream.Collectors;

/** Administrators' list of accounts with their system roles and the candidate groups they belong to. */
@Route("accounts")
@Menu(order = 90, title = "nav.accounts", icon = "vaadin:key")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    AccountsView(UserAccountService accounts) {
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("accounts.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        Grid<AccountView> grid = new Grid<>();
        grid.setId("accounts-grid");
        grid.addColumn(AccountView::username).setHeader(getTranslation("accounts.username")).setKey("username")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(AccountView::displayName).setHeader(getTranslation("accounts.displayName")).setAutoWidth(true);
        grid.addColumn(a -> a.systemRoles().stream().map(r -> getTranslation("systemRole." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.systemRoles"));
        grid.addColumn(a -> a.assignments().stream().map(r -> r.candidateGroup().id())
                .collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.groups")).setFlexGrow(2);
        grid.addColumn(a -> a.memberId() == null ? "" : getTranslation("accounts.memberPortal"))
                .setHeader(getTranslation("accounts.member"));
        grid.setItems(query -> accounts.searchAccounts(search.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("username"))).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("nav.accounts")), search, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " | " + getTranslation("app.name");
    }
}
