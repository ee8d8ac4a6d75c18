package vn.unioncare.forms;

import vn.unioncare.common.SearchText;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conformance of the Vaadin rendering: every supported component, as designed, with live conditions. */
class FormRenderingTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final FormExpressions expressions = new FormExpressions();
    private final FormValidator validator = new FormValidator(expressions);
    private final FormMessages messages = new FormMessages(bundles());

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private RenderedForm render(Locale locale) {
        RenderedForm form = new RenderedForm(FormValidatorTest.FORM, FormValidatorTest.CONTEXT, expressions, validator,
                messages, locale);
        UI.getCurrent().add(form);
        return form;
    }

    private static <T extends Component> T field(String key, Class<T> type) {
        return _get(type, spec -> spec.withId(RenderedForm.fieldId(key)));
    }

    /** Also finds a field that is hidden at the moment, which Karibu's locator skips. */
    private static <T extends Component> T anyField(String key, Class<T> type) {
        return findIn(UI.getCurrent(), RenderedForm.fieldId(key), type);
    }

    private static <T extends Component> T findIn(Component parent, String id, Class<T> type) {
        for (Component child : parent.getChildren().toList()) {
            if (type.isInstance(child) && id.equals(child.getId().orElse(null))) {
                return type.cast(child);
            }
            T found = findIn(child, id, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void everySupportedComponentRendersWithTheDesignedLabelsAndInOrder() {
        render(VIETNAMESE);

        assertThat(field("fullName", TextField.class).getLabel()).isEqualTo("Họ và tên");
        assertThat(field("circumstances", TextArea.class).getLabel()).isEqualTo("Hoàn cảnh");
        assertThat(field("amountRequested", NumberField.class).getLabel()).isEqualTo("Số tiền đề nghị (đồng)");
        assertThat(field("consent", Checkbox.class).getLabel()).isEqualTo("Tôi cam đoan");
        assertThat(field("documents", CheckboxGroup.class).getListDataView().getItems()).hasSize(2);
        assertThat(field("payment", RadioButtonGroup.class).getListDataView().getItems()).hasSize(2);
        assertThat(field("supportType", ComboBox.class).getListDataView().getItems().toList())
                .isEqualTo(List.of("SICKNESS", "DEATH"));
        assertThat(field("tags", MultiSelectComboBox.class).getListDataView().getItems()).hasSize(2);
        assertThat(field("eventDate", DatePicker.class).getI18n().getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(field("callTime", TimePicker.class).getLabel()).isEqualTo("Giờ gọi");
        assertThat(field("caseNumber", TextField.class).getValue()).isEqualTo("HT-2026-000042");
        assertThat(field("caseNumber", TextField.class).isReadOnly()).isTrue();
        assertThat(field("officerNote", TextField.class).isEnabled()).isFalse();
        assertThat(_find(Hr.class)).hasSize(1);
        assertThat(_find(TextField.class).stream().map(TextField::getLabel).toList())
                .containsSubsequence("Họ và tên", "Số thẻ", "Thư điện tử", "Số điện thoại", "Số hồ sơ", "Ghi chú cán bộ",
                        "Ngân hàng", "Số tài khoản", "Địa chỉ", "Họ tên");
    }

    @Test
    void markdownAndHtmlAreRenderedWithoutScripts() {
        render(VIETNAMESE);
        List<String> html = _find(Html.class).stream().map(h -> h.getElement().getOuterHTML()).toList();
        assertThat(html).anyMatch(h -> h.contains("<h1>Đề nghị hỗ trợ</h1>") && h.contains("<strong>đầy đủ</strong>"));
        assertThat(html).anyMatch(h -> h.contains("<b>công đoàn cơ sở</b>"));
        assertThat(html).noneMatch(h -> h.contains("script"));
    }

    @Test
    void englishUsersSeeTheEnglishLabelWhereTheDesignerGaveOne() {
        render(Locale.ENGLISH);
        assertThat(field("fullName", TextField.class).getLabel()).isEqualTo("Full name");
        assertThat(field("circumstances", TextArea.class).getLabel()).isEqualTo("Hoàn cảnh");
    }

    @Test
    void aHideConditionIsEvaluatedLiveAsTheUserTypes() {
        render(VIETNAMESE);
        TextArea reason = anyField("bigAmountReason", TextArea.class);
        assertThat(reason.isVisible()).isFalse();

        _setValue(field("amountRequested", NumberField.class), 20_000_000d);
        assertThat(reason.isVisible()).isTrue();

        _setValue(field("amountRequested", NumberField.class), 1_000_000d);
        assertThat(reason.isVisible()).isFalse();
    }

    @Test
    void submittingInvalidValuesShowsTheServersMessageOnEachField() {
        RenderedForm form = render(VIETNAMESE);
        _setValue(field("fullName", TextField.class), "A");
        _setValue(field("phone", TextField.class), "12345");

        assertThat(form.validate()).isEmpty();

        assertThat(field("fullName", TextField.class).getErrorMessage()).isEqualTo("Cần ít nhất 2 ký tự");
        assertThat(field("phone", TextField.class).isInvalid()).isTrue();
        assertThat(field("amountRequested", NumberField.class).getErrorMessage()).isEqualTo("Trường này bắt buộc");
        assertThat(field("dependants[0].name", TextField.class).getErrorMessage()).isEqualTo("Trường này bắt buộc");
    }

    @Test
    void aValidFormSubmitsTheValuesTheValidatorAccepts() {
        RenderedForm form = render(VIETNAMESE);
        _setValue(field("fullName", TextField.class), "Nguyễn Văn An");
        _setValue(field("amountRequested", NumberField.class), 2_000_000d);
        _setValue(field("consent", Checkbox.class), true);
        _setValue(field("payment", RadioButtonGroup.class), "transfer");
        _setValue(field("eventDate", DatePicker.class), java.time.LocalDate.of(2026, 11, 20));
        _setValue(field("dependants[0].name", TextField.class), "Nguyễn Thị Bình");

        Map<String, Object> values = form.validate().orElseThrow();

        assertThat(values).containsEntry("fullName", "Nguyễn Văn An").containsEntry("amountRequested", 2_000_000L)
                .containsEntry("eventDate", "2026-11-20")
                .containsEntry("dependants", List.of(Map.of("name", "Nguyễn Thị Bình")));
        assertThat(validator.validate(FormValidatorTest.FORM, values, FormValidatorTest.CONTEXT).isValid()).isTrue();
    }

    @Test
    void everyFormUnderFormsLoadsAndRenders() throws java.io.IOException {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        List<org.springframework.core.io.Resource> files = new java.util.ArrayList<>();
        files.addAll(List.of(resolver.getResources("classpath*:forms/**/*.form")));
        assertThat(files).isNotEmpty();
        for (var file : files) {
            FormSchema schema = FormSchemaReader.read(file.getContentAsByteArray(), file.getFilename());
            RenderedForm form = new RenderedForm(schema, Map.of(), expressions, validator, messages, VIETNAMESE);
            UI.getCurrent().add(form);
            long inputs = renderedInputs(schema.components());
            long rendered = form.getElement().getOuterHTML().split("id=\"field-").length - 1;
            assertThat(rendered).as(file.getFilename()).isEqualTo(inputs);
            UI.getCurrent().remove(form);
        }
    }

    /** The input fields a form shows at first: those inside a dynamic list once per row it starts with. */
    private static long renderedInputs(List<FormComponent> components) {
        var inputKinds = java.util.EnumSet.of(ComponentType.ValueKind.TEXT, ComponentType.ValueKind.NUMBER,
                ComponentType.ValueKind.BOOLEAN, ComponentType.ValueKind.TEXT_LIST,
                ComponentType.ValueKind.FILE_REFERENCES);
        long inputs = 0;
        for (FormComponent component : components) {
            if (component.componentType() == ComponentType.DYNAMICLIST) {
                int rows = component.defaultRepetitions() == null ? 1 : component.defaultRepetitions();
                inputs += rows * renderedInputs(component.components());
            } else {
                inputs += (inputKinds.contains(component.componentType().valueKind()) ? 1 : 0)
                        + renderedInputs(component.components());
            }
        }
        return inputs;
    }

    @Test
    void anUnsupportedComponentIsRefusedWithAClearTranslatedMessage() {
        byte[] withFrame = """
                {"id": "with-frame", "components": [{"type": "iframe", "url": "https://example.invalid", "label": "Trang"}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FormSchemaReader.read(withFrame, "with-frame.form"))
                .isInstanceOfSatisfying(FormSchemaException.class, e -> assertThat(messages.message(e, VIETNAMESE))
                        .isEqualTo("Biểu mẫu 'with-frame' dùng thành phần 'iframe' mà UnionCare chưa hỗ trợ"));
    }

    @Test
    void aTextFieldWithALookupOffersChoicesPageByPageAndSubmitsTheChosenValue() {
        FieldLookup people = new FieldLookup() {
            private final List<FormComponent.Option> all = java.util.stream.IntStream.range(0, 120)
                    .mapToObj(i -> new FormComponent.Option("Nguyễn Văn " + i, Integer.toString(1000 + i))).toList();

            public String name() {
                return "person";
            }

            public List<FormComponent.Option> find(String text, int offset, int limit) {
                return all.stream().filter(o -> SearchText.fold(o.label()).contains(SearchText.fold(text)))
                        .skip(offset).limit(limit).toList();
            }

            public java.util.Optional<FormComponent.Option> choice(String value) {
                return all.stream().filter(o -> o.value().equals(value)).findFirst();
            }
        };
        FormSchema schema = FormSchemaReader.read("""
                {"id": "lookup", "type": "default", "components": [
                  {"id": "Field_Person", "key": "personId", "type": "textfield", "label": "Người",
                   "properties": {"lookup": "person"}, "validate": {"required": true}}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "lookup.form");
        java.util.concurrent.atomic.AtomicReference<Map<String, Object>> submitted = new java.util.concurrent.atomic.AtomicReference<>();
        RenderedForm form = new RenderedForm(schema, Map.of("personId", "1007"), expressions, validator, messages,
                StagedFiles.NONE, List.of(people), VIETNAMESE);
        form.onSubmit(submitted::set);
        UI.getCurrent().add(form);

        @SuppressWarnings("unchecked")
        ComboBox<FormComponent.Option> person = field("personId", ComboBox.class);
        assertThat(person.getValue().label()).isEqualTo("Nguyễn Văn 7");
        setUserInput(person, "nguyen van 11");
        assertThat(getSuggestionItems(person)).extracting(FormComponent.Option::value)
                .containsExactly("1011", "1110", "1111", "1112", "1113", "1114", "1115", "1116", "1117", "1118", "1119");
        selectByLabel(person, "Nguyễn Văn 42");
        form.submit();

        assertThat(submitted.get()).containsEntry("personId", "1042");
    }
}
