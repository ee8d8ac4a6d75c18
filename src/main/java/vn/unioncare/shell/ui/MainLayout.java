package vn.unioncare.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.unioncare.notification.NotificationBellFactory;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.UserAccountService;
import vn.unioncare.tasks.TaskQueues;

import java.util.Locale;

/**
 * The frame around every page. The navigation lists only the views the signed-in user may open: Vaadin's menu
 * configuration applies each view's access annotation, the same check that guards navigation.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient UserAccountService accounts;

    private final transient TaskQueues queues;
    private final transient CurrentUser currentUser;
    private QueueCounts queueCounts;

    MainLayout(AuthenticationContext authentication, UserAccountService accounts, CurrentUser currentUser,
               TaskQueues queues, NotificationBellFactory bells) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.queues = queues;
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        H1 appName = new H1(getTranslation("app.name"));
        appName.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m)");
        addToDrawer(appName, navigation());
        Span user = new Span(currentUser.get().map(u -> u.displayName()).orElse(""));
        user.addClassName("current-user");
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), new Span(), languageSelect(), user, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        if (currentUser.get().isPresent()) {
            header.addComponentAtIndex(2, bells.create());
        }
        addToNavbar(header);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
            if ("tasks".equals(entry.path().replaceFirst("^/", "")) && currentUser.get().filter(u -> u.isOfficer()).isPresent()) {
                queueCounts = new QueueCounts(queues, item, this::getTranslation);
            }
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (queueCounts != null) {
            queueCounts.refresh();
        }
    }

    private Select<Locale> languageSelect() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("nav.language"));
        language.setItems(UserLocale.VIETNAMESE, Locale.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(new Locale(getLocale().getLanguage()));
        language.setWidth("9em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                if (authentication.isAuthenticated()) {
                    accounts.changeLanguage(e.getValue().getLanguage());
                }
                UI ui = UI.getCurrent();
                ui.getSession().setAttribute(UserLocale.SESSION_KEY, e.getValue());
                ui.getPage().reload();
            }
        });
        return language;
    }
}
