package vn.unioncare.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.security.UserAccountService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Every demo account signs in and sees the navigation of its role, in Vietnamese. */
@UnionCareSpringTest
class NavigationPerAccountTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', value = {
            "admin           | ,cases,start,members,organisation,funds,safety-register,vacancies,training,training/cohorts,processes,accounts,audit",
            "designer        | ,processes",
            "hlf.welfare     | ,tasks,supervision,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "hlf.safety      | ,tasks,supervision,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "hlf.training    | ,tasks,supervision,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "commune.officer | ,tasks,supervision,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "health.officer  | ,tasks,supervision,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "parks.officer   | ,tasks,supervision,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "school.chair    | ,tasks,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "hospital.chair  | ,tasks,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "factory.chair   | ,tasks,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "school.officer  | ,tasks,cases,start,members,organisation,funds,safety-register,out-of-office,vacancies,training,training/cohorts,training/nominate",
            "member          | ,start,my-cases,my-record,vacancies,training",
    })
    void eachDemoAccountSeesTheNavigationOfItsRole(String username, String expectedPaths) {
        KaribuUi.open(context, accounts, username);
        UI.getCurrent().navigate("");

        List<String> paths = _get(SideNav.class).getItems().stream().map(SideNavItem::getPath)
                .map(p -> p == null ? "" : p).toList();
        assertThat(paths).containsExactly(expectedPaths.split(",", -1));
    }

    @org.junit.jupiter.api.Test
    void anOfficerSeesHowManyTasksWaitInEachQueue() {
        KaribuUi.open(context, accounts, "school.chair");
        UI.getCurrent().navigate("");

        SideNavItem tasks = _get(SideNav.class).getItems().stream().filter(i -> "tasks".equals(i.getPath()))
                .findFirst().orElseThrow();
        assertThat(tasks.getItems()).extracting(SideNavItem::getLabel).containsExactly("Việc của tôi", "Việc của công đoàn");
        assertThat(tasks.getItems()).allSatisfy(item ->
                assertThat(((com.vaadin.flow.component.HasText) item.getSuffixComponent()).getText()).matches("[0-9]+"));
    }

    @ParameterizedTest
    @CsvSource({"school.chair, Đoàn viên", "member, Hồ sơ của tôi"})
    void navigationIsInVietnameseByDefault(String username, String label) {
        KaribuUi.open(context, accounts, username);
        UI.getCurrent().navigate("");

        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Trang chủ", label);
    }
}
