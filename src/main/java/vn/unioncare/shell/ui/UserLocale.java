package vn.unioncare.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.UserAccountService;

import java.util.Locale;

/** Every UI opens in Vietnamese, or in the language the signed-in user chose and UnionCare remembered. */
@Component
class UserLocale implements VaadinServiceInitListener {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String SESSION_KEY = "unioncare.locale";

    private final UserAccountService accounts;
    private final CurrentUser currentUser;

    UserLocale(UserAccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(localeFor(ui.getUI().getSession())));
    }

    private Locale localeFor(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return currentUser.get().isPresent() ? accounts.preferredLocale() : VIETNAMESE;
    }
}
