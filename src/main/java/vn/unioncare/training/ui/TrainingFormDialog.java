package vn.unioncare.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import vn.unioncare.training.TrainingField;

/** What the course and cohort forms share: fields labelled from the bundles, and Cancel and Save below. */
abstract class TrainingFormDialog extends Dialog {

    void labelled(FormLayout form, TrainingField field, HasLabel component, String id) {
        component.setLabel(getTranslation("training.field." + field.name()));
        ((Component) component).setId(id);
        form.add((Component) component);
    }

    void saveAndCancel(String saveId) {
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    abstract void save();
}
