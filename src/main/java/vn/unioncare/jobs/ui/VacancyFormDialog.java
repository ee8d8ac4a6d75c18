package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.unioncare.common.RefusedException;
import vn.unioncare.jobs.EmployerView;
import vn.unioncare.jobs.Employers;
import vn.unioncare.jobs.FieldProblem;
import vn.unioncare.jobs.InvalidInputException;
import vn.unioncare.jobs.JobField;
import vn.unioncare.jobs.VacancyDraft;
import vn.unioncare.jobs.VacancySource;
import vn.unioncare.jobs.VacancyStatus;
import vn.unioncare.jobs.VacancyView;
import vn.unioncare.jobs.Vacancies;
import vn.unioncare.organisation.OrgUnitView;

import java.util.Arrays;
import java.util.List;

/** Adds or edits a vacancy; the service checks it and each problem shows next to its field. */
class VacancyFormDialog extends Dialog {

    private final transient Vacancies vacancies;
    private final transient VacancyView editing;
    private final transient Runnable saved;
    private final FieldMessages messages = new FieldMessages(this);
    private final ComboBox<EmployerView> employer = messages.bind(JobField.EMPLOYER, new ComboBox<>());
    private final TextField title = messages.bind(JobField.TITLE, new TextField());
    private final TextField occupationCode = messages.bind(JobField.OCCUPATION_CODE, new TextField());
    private final TextField occupationName = messages.bind(JobField.OCCUPATION_NAME, new TextField());
    private final TextField skills = messages.bind(JobField.SKILLS, new TextField());
    private final TextField district = messages.bind(JobField.DISTRICT, new TextField());
    private final TextField ward = messages.bind(JobField.WARD, new TextField());
    private final IntegerField salaryMin = messages.bind(JobField.SALARY_MIN, new IntegerField());
    private final IntegerField salaryMax = messages.bind(JobField.SALARY_MAX, new IntegerField());
    private final IntegerField seats = messages.bind(JobField.SEATS, new IntegerField());
    private final DatePicker closingDate = messages.bind(JobField.CLOSING_DATE, new DatePicker());
    private final Select<VacancySource> source = messages.bind(JobField.SOURCE, new Select<>());
    private final Select<VacancyStatus> status = messages.bind(JobField.STATUS, new Select<>());
    private final ComboBox<OrgUnitView> owner = messages.bind(JobField.OWNING_UNIT, new ComboBox<>());

    VacancyFormDialog(Vacancies vacancies, Employers employers, VacancyView editing, Runnable saved) {
        this.vacancies = vacancies;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? getTranslation("jobs.form.addTitle")
                : getTranslation("jobs.form.editTitle", editing.title()));
        setWidth("min(100%, 48em)");
        employer.setItems(query -> employers.search(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        employer.setItemLabelGenerator(e -> e.name() + " (" + e.taxCode() + ")");
        skills.setHelperText(getTranslation("jobs.form.skillsHelper"));
        source.setItems(VacancySource.values());
        source.setItemLabelGenerator(s -> getTranslation("jobs.source." + s.name()));
        status.setItems(VacancyStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("jobs.status." + s.name()));
        List<OrgUnitView> units = vacancies.maintainingUnits();
        owner.setItems(units);
        owner.setItemLabelGenerator(u -> u.name(getLocale()));
        owner.setVisible(units.size() > 1);
        for (IntegerField amount : new IntegerField[] {salaryMin, salaryMax}) {
            amount.setMin(0);
            amount.setStep(100_000);
            amount.setSuffixComponent(new Span("₫"));
        }
        seats.setMin(1);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        labelled(form, JobField.EMPLOYER, employer, "vacancy-employer");
        labelled(form, JobField.TITLE, title, "vacancy-title");
        labelled(form, JobField.OCCUPATION_CODE, occupationCode, "vacancy-occupation-code");
        labelled(form, JobField.OCCUPATION_NAME, occupationName, "vacancy-occupation-name");
        labelled(form, JobField.SKILLS, skills, "vacancy-skills");
        labelled(form, JobField.DISTRICT, district, "vacancy-district");
        labelled(form, JobField.WARD, ward, "vacancy-ward");
        labelled(form, JobField.SALARY_MIN, salaryMin, "vacancy-salary-min");
        labelled(form, JobField.SALARY_MAX, salaryMax, "vacancy-salary-max");
        labelled(form, JobField.SEATS, seats, "vacancy-seats");
        labelled(form, JobField.CLOSING_DATE, closingDate, "vacancy-closing-date");
        labelled(form, JobField.SOURCE, source, "vacancy-source");
        labelled(form, JobField.STATUS, status, "vacancy-status");
        labelled(form, JobField.OWNING_UNIT, owner, "vacancy-owner");
        form.setColspan(employer, 2);
        form.setColspan(title, 2);
        form.setColspan(skills, 2);
        fill(editing, units);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("vacancy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void labelled(FormLayout form, JobField field, HasLabel component, String id) {
        component.setLabel(getTranslation("jobs.field." + field.name()));
        ((Component) component).setId(id);
        form.add((Component) component);
    }

    private void fill(VacancyView vacancy, List<OrgUnitView> units) {
        status.setValue(VacancyStatus.OPEN);
        seats.setValue(1);
        if (!units.isEmpty()) {
            owner.setValue(units.get(0));
        }
        if (vacancy == null) {
            return;
        }
        employer.setValue(new EmployerView(vacancy.employerId(), vacancy.employerTaxCode(), vacancy.employerName(),
                null, null, null, null, null, vacancy.createdAt(), 0));
        title.setValue(vacancy.title());
        occupationCode.setValue(vacancy.occupationCode());
        occupationName.setValue(vacancy.occupationName());
        skills.setValue(String.join(", ", vacancy.skills()));
        district.setValue(vacancy.district());
        ward.setValue(vacancy.ward() == null ? "" : vacancy.ward());
        salaryMin.setValue(vacancy.salaryMin() == null ? null : vacancy.salaryMin().intValue());
        salaryMax.setValue(vacancy.salaryMax() == null ? null : vacancy.salaryMax().intValue());
        seats.setValue(vacancy.seats());
        closingDate.setValue(vacancy.closingDate());
        source.setValue(vacancy.source());
        status.setValue(vacancy.status());
        owner.setValue(units.stream().filter(u -> u.id() == vacancy.owningUnitId()).findFirst().orElse(null));
    }

    private VacancyDraft draft() {
        Long ownerId = owner.getValue() == null ? (editing == null ? null : editing.owningUnitId())
                : owner.getValue().id();
        return new VacancyDraft(employer.getValue() == null ? null : employer.getValue().id(), title.getValue(),
                occupationCode.getValue(), occupationName.getValue(), Arrays.asList(skills.getValue().split("[,;|]")),
                district.getValue(), ward.getValue(), amount(salaryMin), amount(salaryMax), seats.getValue(),
                closingDate.getValue(), source.getValue(), status.getValue(), ownerId);
    }

    private static Long amount(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }

    private void save() {
        try {
            if (editing == null) {
                vacancies.create(draft());
            } else {
                vacancies.update(editing.id(), editing.version(), draft());
            }
        } catch (InvalidInputException invalid) {
            List<FieldProblem> elsewhere = messages.show(invalid.problems());
            elsewhere.forEach(p -> error(getTranslation(p.messageKey(), p.arguments().toArray())));
            return;
        } catch (RefusedException refused) {
            error(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            return;
        }
        close();
        Notification.show(getTranslation("jobs.form.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.run();
    }

    private static void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
