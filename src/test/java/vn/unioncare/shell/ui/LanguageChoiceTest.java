package vn.unioncare.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.security.UserAccountService;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class LanguageChoiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;

    @AfterEach
    void backToVietnamese() {
        KaribuUi.close();
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            accounts.changeLanguage("vi");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerChoosesEnglishAndUnionCareRemembersItForTheNextSession() {
        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Đoàn viên");

        _setValue(_get(Select.class, spec -> spec.withId("language")), Locale.ENGLISH);
        KaribuUi.close();

        KaribuUi.open(context, accounts, "hospital.chair");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("Home", "Tasks", "Cases", "New request", "Members", "Union structure", "Assistance funds",
                        "Safety register", "Out of office", "Vacancies", "Digital-skills classes", "Manage classes",
                        "Nominate members");
    }

    @Test
    void anUnsupportedLanguageIsRefused() {
        try (SignedIn ignored = SignedIn.as(accounts, "hospital.chair")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.changeLanguage("fr"))
                    .hasMessageContaining("account.error.language");
        }
    }
}
