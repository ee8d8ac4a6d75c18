package vn.unioncare.jobs.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.unioncare.KaribuUi;
import vn.unioncare.SignedIn;
import vn.unioncare.UnionCareSpringTest;
import vn.unioncare.jobs.EmployerDraft;
import vn.unioncare.jobs.EmployerView;
import vn.unioncare.jobs.Employers;
import vn.unioncare.jobs.ImportProblem;
import vn.unioncare.jobs.VacancyFilter;
import vn.unioncare.jobs.VacancySource;
import vn.unioncare.jobs.VacancyView;
import vn.unioncare.jobs.Vacancies;
import vn.unioncare.security.UserAccountService;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@UnionCareSpringTest
class VacanciesViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    Employers employers;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Clock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void close() {
        KaribuUi.close();
    }

    @SuppressWarnings("unchecked")
    private static Grid<VacancyView> grid() {
        return _get(Grid.class, spec -> spec.withId("vacancies-grid"));
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private EmployerView employer() {
        try (SignedIn ignored = SignedIn.as(accounts, "parks.officer")) {
            return employers.create(new EmployerDraft(Long.toString(9_000_000_000L + Math.abs(tag.hashCode() % 99_999_999)),
                    "Công ty Giao diện " + tag, null, null, null, null, null));
        }
    }

    @Test
    void aMemberSeesOpenVacanciesReadOnly() {
        KaribuUi.open(context, accounts, "member");
        UI.getCurrent().navigate("vacancies");

        assertThat(GridKt._size(grid())).isPositive();
        assertThat(_find(Button.class, spec -> spec.withId("vacancy-add"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("vacancy-import"))).isEmpty();
        assertThat(_find(Checkbox.class, spec -> spec.withId("vacancy-filter-open"))).isEmpty();
        _setValue(byId(TextField.class, "vacancy-filter-text"), "tho han tig");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Thợ hàn TIG đường ống", "Sóc Sơn");
    }

    @Test
    void anOfficerAddsAVacancyAndSeesEachProblemNextToItsField() {
        EmployerView employer = employer();
        KaribuUi.open(context, accounts, "parks.officer");
        UI.getCurrent().navigate("vacancies");
        _click(byId(Button.class, "vacancy-add"));

        _setValue(byId(ComboBox.class, "vacancy-employer"), employer);
        _setValue(byId(TextField.class, "vacancy-title"), "Thợ hàn giao diện " + tag);
        _setValue(byId(TextField.class, "vacancy-occupation-code"), "7212");
        _setValue(byId(TextField.class, "vacancy-occupation-name"), "Thợ hàn");
        _setValue(byId(TextField.class, "vacancy-skills"), "hàn TIG, đọc bản vẽ");
        _setValue(byId(TextField.class, "vacancy-district"), "Đông Anh");
        _setValue(byId(IntegerField.class, "vacancy-salary-min"), 15_000_000);
        _setValue(byId(IntegerField.class, "vacancy-salary-max"), 9_000_000);
        _setValue(byId(DatePicker.class, "vacancy-closing-date"), LocalDate.now(clock).minusDays(2));
        _click(byId(Button.class, "vacancy-save"));

        IntegerField max = byId(IntegerField.class, "vacancy-salary-max");
        assertThat(max.isInvalid()).isTrue();
        assertThat(max.getErrorMessage()).isEqualTo("Lương tối đa phải từ lương tối thiểu trở lên");
        assertThat(byId(DatePicker.class, "vacancy-closing-date").getErrorMessage()).startsWith("Hạn nộp hồ sơ đã qua");
        assertThat(byId(Select.class, "vacancy-source").isInvalid()).isTrue();

        _setValue(byId(IntegerField.class, "vacancy-salary-max"), 18_000_000);
        _setValue(byId(DatePicker.class, "vacancy-closing-date"), LocalDate.now(clock).plusDays(10));
        _setValue(byId(Select.class, "vacancy-source"), VacancySource.UNION_JOB_FAIR);
        _click(byId(Button.class, "vacancy-save"));

        _setValue(byId(TextField.class, "vacancy-filter-text"), tag);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Thợ hàn giao diện " + tag, "Đông Anh",
                "15.000.000 – 18.000.000 ₫", "1/1", "Ngày hội việc làm của Công đoàn");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCsvWithABadRowShowsTheProblemsRowByRowAndAGoodOneSaysHowManyWereImported() {
        String closing = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(clock).plusDays(15));
        String header = "tax_code;employer_name;title;occupation_code;occupation_name;district;seats;closing_date;source\n";
        String good = "0101234567;;Công nhân CSV " + tag + ";8212;Công nhân lắp ráp;Đông Anh;4;" + closing
                + ";PARTNER_EMPLOYER\n";
        String bad = "0101234567;;Công nhân lỗi " + tag + ";8212;Công nhân lắp ráp;Đông Anh;0;" + closing
                + ";PARTNER_EMPLOYER\n";
        KaribuUi.open(context, accounts, "parks.officer");
        UI.getCurrent().navigate("vacancies");
        _click(byId(Button.class, "vacancy-import"));
        Upload upload = byId(Upload.class, "vacancy-import-upload");

        UploadKt._upload(upload, "tin-tuyen-dung.csv", "text/csv", (header + good + bad).getBytes(StandardCharsets.UTF_8));

        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("vacancy-import-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(problems, 0)).startsWith("3", "seats");
        assertThat(GridKt._getFormattedRow(problems, 0).get(2)).isEqualTo("Chỉ tiêu phải từ 1 đến 10.000");
        assertThat(byId(Span.class, "vacancy-import-outcome").getText()).startsWith("Không nhập dòng nào: tệp có 1 lỗi");

        UploadKt._upload(upload, "tin-tuyen-dung.csv", "text/csv", (header + good).getBytes(StandardCharsets.UTF_8));

        assertThat(byId(Span.class, "vacancy-import-outcome").getText())
                .isEqualTo("Đã nhập 1 tin tuyển dụng (0 doanh nghiệp mới)");
        assertThat(problems.isVisible()).isFalse();
        assertThat(vacancies.count(new VacancyFilter(tag, null, null, null, null, false))).isEqualTo(1);
    }
}
