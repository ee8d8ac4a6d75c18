package vn.unioncare.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import vn.unioncare.common.RefusedException;
import vn.unioncare.jobs.EmployerDraft;
import vn.unioncare.jobs.EmployerView;
import vn.unioncare.jobs.Employers;
import vn.unioncare.jobs.InvalidInputException;
import vn.unioncare.jobs.JobField;

/** Adds or edits an employer; each problem the service finds shows next to its field. */
class EmployerFormDialog extends Dialog {

    private final transient Employers employers;
    private final transient EmployerView editing;
    private final transient Runnable saved;
    private final FieldMessages messages = new FieldMessages(this);
    private final TextField taxCode = field(JobField.TAX_CODE, "employer-tax-code");
    private final TextField name = field(JobField.EMPLOYER_NAME, "employer-name");
    private final TextField address = field(JobField.ADDRESS, "employer-address");
    private final TextField industrialPark = field(JobField.INDUSTRIAL_PARK, "employer-park");
    private final TextField contactName = field(JobField.CONTACT_NAME, "employer-contact-name");
    private final TextField contactPhone = field(JobField.CONTACT_PHONE, "employer-contact-phone");
    private final TextField contactEmail = field(JobField.CONTACT_EMAIL, "employer-contact-email");

    EmployerFormDialog(Employers employers, EmployerView editing, Runnable saved) {
        this.employers = employers;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? getTranslation("jobs.employers.add")
                : getTranslation("jobs.employers.edit", editing.name()));
        setWidth("min(100%, 40em)");
        FormLayout form = new FormLayout(taxCode, name, address, industrialPark, contactName, contactPhone,
                contactEmail);
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        if (editing != null) {
            taxCode.setValue(editing.taxCode());
            name.setValue(editing.name());
            address.setValue(valueOf(editing.address()));
            industrialPark.setValue(valueOf(editing.industrialPark()));
            contactName.setValue(valueOf(editing.contactName()));
            contactPhone.setValue(valueOf(editing.contactPhone()));
            contactEmail.setValue(valueOf(editing.contactEmail()));
        }
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("employer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TextField field(JobField field, String id) {
        TextField text = messages.bind(field, new TextField(getTranslation("jobs.field." + field.name())));
        text.setId(id);
        return text;
    }

    private static String valueOf(String text) {
        return text == null ? "" : text;
    }

    private void save() {
        EmployerDraft draft = new EmployerDraft(taxCode.getValue(), name.getValue(), address.getValue(),
                industrialPark.getValue(), contactName.getValue(), contactPhone.getValue(), contactEmail.getValue());
        try {
            if (editing == null) {
                employers.create(draft);
            } else {
                employers.update(editing.id(), editing.version(), draft);
            }
        } catch (InvalidInputException invalid) {
            messages.show(invalid.problems());
            return;
        } catch (RefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments().toArray()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        close();
        Notification.show(getTranslation("jobs.employers.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.run();
    }
}
