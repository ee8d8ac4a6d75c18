package vn.unioncare.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.notification.NotificationException;
import vn.unioncare.notification.NotificationItem;
import vn.unioncare.notification.NotificationRoutes;
import vn.unioncare.notification.Notifications;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The bell in the app bar: the unread count as a badge, refreshed on every navigation, and a popover with the
 * latest notifications, read and built when the bell is clicked and dropped when the popover closes (every open
 * session would otherwise hold rows nobody looks at: docs/benchmarks.md, M6). Opening one marks it read and goes
 * to its page.
 */
public class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    static final int SHOWN = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeConfiguration.HANOI);

    private final transient Notifications notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();

    public NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> showLatest());
        badge.setId("notification-badge");
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        badge.getStyle().set("position", "absolute").set("top", "0").set("right", "0").set("pointer-events", "none");
        list.setId("notification-list");
        list.getStyle().set("max-height", "60vh").set("overflow-y", "auto");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(24rem, calc(100vw - 1rem))");
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                popover.removeAll();
                list.removeAll();
            }
        });
        getContent().getStyle().set("position", "relative").set("display", "inline-block");
        getContent().add(bell, badge, popover);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshBadge();
    }

    private HorizontalLayout header() {
        Span title = new Span(getTranslation("notification.title"));
        title.getStyle().set("font-weight", "600");
        Button markAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            showLatest();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(title, markAll);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    private Button settingsLink() {
        Button settings = new Button(getTranslation("notification.settings.link"), VaadinIcon.COG.create(), e -> {
            popover.close();
            UI.getCurrent().navigate(NotificationRoutes.SETTINGS);
        });
        settings.setId("notification-settings");
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return settings;
    }

    private void refreshBadge() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
    }

    private void showLatest() {
        refreshBadge();
        if (popover.getChildren().findAny().isEmpty()) {
            popover.add(header(), list, settingsLink());
        }
        list.removeAll();
        List<NotificationItem> latest = notifications.latest(SHOWN);
        if (latest.isEmpty()) {
            Span empty = new Span(getTranslation("notification.empty"));
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(empty);
        }
        latest.forEach(item -> list.add(row(item)));
    }

    private Div row(NotificationItem item) {
        Span text = new Span(item.text());
        text.getStyle().set("font-weight", item.read() ? "normal" : "600");
        Span when = new Span(WHEN.format(item.createdAt()));
        when.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div row = new Div(text, new Div(when));
        row.addClassName("notification-item");
        row.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
        row.getStyle().set("padding", "var(--lumo-space-s) 0").set("cursor", "pointer")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        row.addClickListener(e -> open(item));
        Shortcuts.addShortcutListener(row, () -> open(item), Key.ENTER).listenOn(row);
        return row;
    }

    private void open(NotificationItem item) {
        try {
            notifications.markRead(item.id());
        } catch (NotificationException gone) {
            // Marked or removed meanwhile: the link still leads where the notification pointed.
        }
        popover.close();
        refreshBadge();
        if (item.link() != null) {
            UI.getCurrent().navigate(item.link());
        }
    }
}
